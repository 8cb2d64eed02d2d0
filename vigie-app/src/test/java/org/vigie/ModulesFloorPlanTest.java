package org.vigie;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The floor plan of every module together (the application, the core and the OpenSearch backend,
 * all on this module's class path): no package cycle anywhere, one meaning per class name, short
 * files in the application.
 */
class ModulesFloorPlanTest {
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // vigie-core's test-jar (the web tests' fixtures) once packaged, by `verify`
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("org.vigie");

  @Test
  void theModulesAreOnTheClassPath() {
    assertThat(MAIN.stream().map(JavaClass::getPackageName))
        .contains("org.vigie.cli", "org.vigie.store.lucene", "org.vigie.opensearch");
  }

  @Test
  void noPackageImportsAPackageThatImportsItBack() {
    slices().matching("org.vigie.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void noTwoMainClassesShareASimpleName() {
    Map<String, List<String>> byName =
        MAIN.stream()
            .filter(JavaClass::isTopLevelClass)
            .collect(
                Collectors.groupingBy(
                    JavaClass::getSimpleName,
                    Collectors.mapping(JavaClass::getName, Collectors.toList())));
    byName.values().removeIf(names -> names.size() < 2);
    assertThat(byName).isEmpty();
  }

  @Test
  void noMainSourceFileIsLongerThan450Lines() throws IOException {
    for (Path root :
        List.of(Path.of("src/main/java"), Path.of("../vigie-opensearch/src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        List<String> longer =
            files
                .filter(p -> p.toString().endsWith(".java"))
                .filter(p -> lines(p) > 450)
                .map(p -> p + " " + lines(p))
                .toList();
        assertThat(longer).as(root.toString()).isEmpty();
      }
    }
  }

  private static long lines(Path p) {
    try (Stream<String> l = Files.lines(p)) {
      return l.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
