package org.vigie.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.search.lucene.FrenchInflectionStemmer;
import org.vigie.store.ContractDocuments;

/**
 * The cluster's inflection rules (regular expressions in the index template) stem every word as the
 * embedded {@link FrenchInflectionStemmer} does, so both backends match the same words.
 */
class InflectionRulesTest {

  @Test
  void templateRulesStemLikeTheEmbeddedStemmer() throws IOException {
    List<Rule> rules = rules();
    assertThat(rules).hasSize(7);
    TreeSet<String> words = words();
    assertThat(words).hasSizeGreaterThan(1_000);
    for (String w : words) {
      String viaRules = w;
      for (Rule r : rules) {
        viaRules = r.pattern.matcher(viaRules).replaceAll(r.replacement);
      }
      assertThat(viaRules).as(w).isEqualTo(FrenchInflectionStemmer.stem(w));
    }
  }

  private record Rule(Pattern pattern, String replacement) {}

  private static List<Rule> rules() {
    JsonNode analysis = OpenSearchStore.template().path("settings").path("analysis");
    List<Rule> rules = new ArrayList<>();
    for (JsonNode name : analysis.path("analyzer").path("vigie_french").path("filter")) {
      JsonNode f = analysis.path("filter").path(name.asText());
      if (f.path("type").asText().equals("pattern_replace")) {
        rules.add(
            new Rule(Pattern.compile(f.path("pattern").asText()), f.path("replacement").asText()));
      }
    }
    return rules;
  }

  /** The words of the sample seeds, lower-cased, and inflected forms that exercise each rule. */
  private static TreeSet<String> words() throws IOException {
    TreeSet<String> words = new TreeSet<>();
    try (Stream<Path> files = Files.list(ContractDocuments.samples().resolve("seeds"))) {
      for (Path f : files.toList()) {
        for (String w : Files.readString(f).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
    }
    words.addAll(
        List.of(
            "niveaux",
            "eaux",
            "journaux",
            "faux",
            "jeux",
            "deux",
            "déplacées",
            "maliennes",
            "nouvelles",
            "françaises",
            "chinois",
            "stress",
            "idée",
            "deplacee",
            "électoraux",
            "attaques",
            "crises",
            "viols",
            "pris",
            "paris",
            "ee",
            "aux",
            "xx",
            "enne",
            "elle"));
    return words;
  }
}
