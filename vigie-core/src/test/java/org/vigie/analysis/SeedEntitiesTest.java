package org.vigie.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.Fixtures;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Entity;
import org.vigie.document.RawDocument;

/**
 * The five seeds through the real pipeline: every person, organisation and place listed in {@code
 * src/test/resources/nlp/seeds/NNN.entities.tsv} is found with its type and canonical name, and
 * nothing else is found (lines marked {@code optional} may be found or not).
 */
class SeedEntitiesTest {
  private static final Path SEEDS = Fixtures.seeds();
  private static final Path EXPECTED = Path.of("src/test/resources/nlp/seeds");
  private static final Pipeline PIPELINE =
      Stages.named(List.of("extract", "language", "entities", "identity"));

  private record Expected(String key, boolean optional) {}

  static Stream<String> seeds() {
    return Stream.of("000", "001", "002", "003", "004");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyNameIsFoundAndNothingElse(String seed) throws IOException {
    AnalyzedDocument doc = analyze(seed);
    List<Expected> expected = expected(seed);
    Set<String> found = new LinkedHashSet<>();
    for (Entity e : doc.entities()) {
      assertThat(doc.text().substring(e.start(), e.end())).isEqualTo(e.text());
      found.add(key(e));
    }
    List<String> missing = new ArrayList<>();
    for (Expected x : expected) {
      if (!x.optional() && !found.contains(x.key())) {
        missing.add(x.key());
      }
    }
    Set<String> allowed = new LinkedHashSet<>();
    expected.forEach(x -> allowed.add(x.key()));
    List<String> falsePositives = found.stream().filter(k -> !allowed.contains(k)).toList();
    assertThat(missing).as("missed in seed " + seed).isEmpty();
    assertThat(falsePositives).as("false positives in seed " + seed).isEmpty();
  }

  @Test
  void rolesAreAttachedToPeople() throws IOException {
    assertThat(roleOf(analyze("001"), "Ousmane Bamba"))
        .isEqualTo(
            "chef de cabinet du ministère de la Communication chargé des Relations avec les"
                + " Institutions");
    assertThat(roleOf(analyze("001"), "Sambi Touré")).isEqualTo("directeur du CIGMA");
    assertThat(roleOf(analyze("000"), "Joanne Adamson"))
        .startsWith("Représentante spéciale adjointe du Secrétaire général des Nations Unies");
    assertThat(roleOf(analyze("000"), "Myriam Dessables"))
        .isEqualTo(
            "Cheffe de la Communication stratégique et de l’Information publique de la Mission");
    assertThat(roleOf(analyze("002"), "Annie Paprocki")).startsWith("bibliothécaire");
  }

  @Test
  void theSignatureIsTheAuthorNotAMention() throws IOException {
    AnalyzedDocument doc = analyze("001");
    assertThat(doc.author()).isEqualTo("Aboubacar TRAORÉ");
    assertThat(doc.text()).doesNotContain("Aboubacar");
  }

  private static String roleOf(AnalyzedDocument doc, String canonical) {
    return doc.entities().stream()
        .filter(e -> e.canonical().equals(canonical))
        .map(Entity::role)
        .findFirst()
        .orElseThrow();
  }

  private static String key(Entity e) {
    return e.text() + "\t" + e.type() + "\t" + e.canonical();
  }

  private static AnalyzedDocument analyze(String seed) throws IOException {
    Path file;
    try (Stream<Path> files = Files.list(SEEDS)) {
      file = files.filter(p -> p.getFileName().toString().startsWith(seed)).findFirst().get();
    }
    RawDocument raw =
        new RawDocument(
            file.toString(),
            "seeds",
            null,
            Instant.EPOCH,
            RawDocument.TEXT,
            null,
            Files.readAllBytes(file),
            Map.of());
    return PIPELINE.run(raw).document();
  }

  private static List<Expected> expected(String seed) throws IOException {
    List<Expected> expected = new ArrayList<>();
    for (String line :
        Files.readAllLines(EXPECTED.resolve(seed + ".entities.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      String key = cols[0] + "\t" + cols[1] + "\t" + cols[2];
      expected.add(new Expected(key, cols.length > 3 && cols[3].equals("optional")));
    }
    return expected;
  }
}
