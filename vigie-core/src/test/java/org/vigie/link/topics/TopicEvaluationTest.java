package org.vigie.link.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigie.search.MixedOperators;

/**
 * The starter taxonomy measured on Vigie's labelled set (issue #20): every topic at least 0.9
 * precise, every topic with texts about it and texts that tempt it without being about it.
 */
class TopicEvaluationTest {

  @Test
  void everyStarterTopicIsPreciseOnTheLabelledSet() {
    LabelledTexts.Read set = LabelledTexts.bundled();
    assertThat(set.errors()).isEmpty();
    assertThat(set.texts()).hasSizeGreaterThanOrEqualTo(300);
    List<Topic> starter = TaxonomyFile.starter();
    try (TopicMonitor monitor = new TopicMonitor()) {
      starter.forEach(t -> monitor.register(t.id(), t.parsedQuery()));
      TopicEvaluation.Result r = TopicEvaluation.run(monitor, starter, set.texts());
      assertThat(r.below(0.9)).as("topics below 0.9 precision").isEmpty();
      assertThat(r.scores())
          .allSatisfy(s -> assertThat(s.tp() + s.fn()).as(s.topic()).isGreaterThanOrEqualTo(4));
      assertThat(r.recall()).isGreaterThan(0.9);
      long withHardNegatives = r.scores().stream().filter(s -> s.hardNegatives() > 0).count();
      assertThat(withHardNegatives).isGreaterThanOrEqualTo(starter.size() - 2);
    }
  }

  @Test
  void everyLabelNamesAStarterTopicAndNoStarterQueryMixesOperators() {
    Set<String> ids = TaxonomyFile.starter().stream().map(Topic::id).collect(Collectors.toSet());
    for (LabelledTexts.Text t : LabelledTexts.bundled().texts()) {
      assertThat(ids)
          .as(t.id())
          .containsAll(t.topics())
          .containsAll(t.not())
          .containsAll(t.maybe());
    }
    assertThat(TaxonomyFile.starter())
        .allSatisfy(t -> assertThat(MixedOperators.find(t.query())).as(t.id()).isEmpty());
  }

  @Test
  void aTagIsRightWrongOrAllowedAsTheLabelsSay() {
    Topic otages =
        new Topic("otages", "Otages", List.of("Paix et sécurité"), "otage PRES/5 libéré");
    var texts =
        List.of(
            text("1", "Deux otages libérés hier.", Set.of("otages"), Set.of(), Set.of()),
            text("2", "L'otage a été libéré.", Set.of(), Set.of("otages"), Set.of()),
            text("3", "Otage libéré, dit-on.", Set.of(), Set.of(), Set.of("otages")),
            text("4", "Un otage toujours détenu.", Set.of("otages"), Set.of(), Set.of()));
    try (TopicMonitor monitor = new TopicMonitor()) {
      monitor.register(otages.id(), otages.parsedQuery());
      TopicEvaluation.Score s =
          TopicEvaluation.run(monitor, List.of(otages), texts).scores().getFirst();
      assertThat(List.of(s.tp(), s.fp(), s.fn(), s.hardNegatives(), s.hardTagged()))
          .containsExactly(1, 1, 1, 1, 1);
      assertThat(s.precision()).isEqualTo(0.5);
      assertThat(s.recall()).isEqualTo(0.5);
    }
  }

  @Test
  void aBadLineIsReportedWithItsLineAndFieldAndSkipped() throws Exception {
    String jsonl =
        """
        {"id": "a", "text": "Un texte.", "topics": ["x"]}
        {"id": "b", "topics": ["x"]}
        {"id": "c", "text": "Texte.", "topics": ["x"], "not": ["x"]}
        not json
        {"id": "a", "text": "Encore."}
        """;
    LabelledTexts.Read read =
        LabelledTexts.read(
            new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "set.jsonl");
    assertThat(read.texts()).extracting(LabelledTexts.Text::id).containsExactly("a");
    assertThat(read.errors())
        .hasSize(4)
        .anySatisfy(e -> assertThat(e).startsWith("set.jsonl:2: ").contains("'text'"))
        .anySatisfy(e -> assertThat(e).startsWith("set.jsonl:3: ").contains("'not'"))
        .anySatisfy(e -> assertThat(e).startsWith("set.jsonl:4: "))
        .anySatisfy(e -> assertThat(e).startsWith("set.jsonl:5: ").contains("twice"));
  }

  @Test
  void sharesCountConflictTopicsOutsidePolitics() {
    List<Topic> taxonomy =
        List.of(
            new Topic("attaques", "Attaques", List.of("Paix et sécurité"), "attaque"),
            new Topic("reseaux", "Réseaux", List.of("Médias et réseaux sociaux"), "Facebook"));
    TopicShares s =
        TopicShares.of(
            taxonomy,
            List.of(
                new TopicShares.Tagged("sports", "a", List.of("attaques")),
                new TopicShares.Tagged("sports", "b", List.of("reseaux")),
                new TopicShares.Tagged("politics", "c", List.of("attaques")),
                new TopicShares.Tagged("health", "d", List.of())),
            "politics");
    assertThat(s.outsidePolitics()).isEqualTo(3);
    assertThat(s.outsidePoliticsConflict()).isEqualTo(1);
    assertThat(s.share("attaques")).isEqualTo(0.5);
    assertThat(s.outsidePoliticsPerTopic()).containsExactly(java.util.Map.entry("attaques", 1));
  }

  private static LabelledTexts.Text text(
      String id, String text, Set<String> topics, Set<String> not, Set<String> maybe) {
    return new LabelledTexts.Text(id, "", text, topics, not, maybe);
  }
}
