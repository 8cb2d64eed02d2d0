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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's floor plan: packages without cycles, the top level named after the steps of the flow,
 * short files, one meaning per class name. Fails when a change breaks one of them.
 */
class FloorPlanTest {
  /** The steps of the flow, and the vocabulary at the bottom. */
  static final Set<String> STEPS =
      Set.of("document", "collect", "analysis", "link", "store", "search", "archive", "analytics");

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("org.vigie");

  @Test
  void noPackageImportsAPackageThatImportsItBack() {
    slices().matching("org.vigie.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void topLevelPackagesAreTheStepsOfTheFlow() {
    Set<String> top = new TreeSet<>();
    for (JavaClass c : MAIN) {
      String rest = c.getPackageName().substring("org.vigie".length());
      assertThat(rest).as(c.getName() + " sits in a package of its own").isNotEmpty();
      top.add(rest.substring(1).split("\\.")[0]);
    }
    assertThat(top).hasSizeLessThanOrEqualTo(8);
    assertThat(STEPS).containsAll(top);
  }

  @Test
  void noTwoMainClassesShareASimpleName() {
    Map<String, List<String>> byName =
        MAIN.stream()
            .filter(c -> c.isTopLevelClass())
            .collect(
                Collectors.groupingBy(
                    JavaClass::getSimpleName,
                    Collectors.mapping(JavaClass::getName, Collectors.toList())));
    byName.values().removeIf(names -> names.size() < 2);
    assertThat(byName).isEmpty();
  }

  @Test
  void noMainSourceFileIsLongerThan450Lines() throws IOException {
    assertThat(longFiles(Path.of("src/main/java"))).isEmpty();
  }

  /** Main source files over 450 lines, with their length. */
  static List<String> longFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .map(p -> p + " " + lines(p))
          .filter(s -> Integer.parseInt(s.substring(s.lastIndexOf(' ') + 1)) > 450)
          .toList();
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
