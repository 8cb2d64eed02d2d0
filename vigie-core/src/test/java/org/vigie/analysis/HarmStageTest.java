package org.vigie.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.analysis.harm.HarmStage;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.RawDocument;
import org.vigie.document.Signal;
import org.vigie.search.IndexedValues;
import org.vigie.search.SearchFields;

/**
 * The harm stage in the standard pipeline: hostile words a journalist quotes are reported, with
 * their speaker; the same words posted by an account are the author's own.
 */
class HarmStageTest {
  private static final String SENTENCE =
      "Les Peuls sont tous des terroristes, il faut les chasser du village.";

  private static final Pipeline PIPELINE = Stages.standard();

  @Test
  void aJournalistQuotingAHatefulSentenceReportsItWithItsSpeaker() throws IOException {
    AnalyzedDocument article = PIPELINE.analyze(raw(fixture("/harm/reported-article.txt")));

    assertThat(article.text().length()).isGreaterThan(HarmStage.WHOLE_TEXT);
    List<Signal> harm = harm(article);
    assertThat(harm).hasSize(1);
    Signal signal = harm.get(0);
    assertThat(signal.reported()).isTrue();
    assertThat(signal.speaker()).isEqualTo("Amadou Koné");
    assertThat(signal.targets()).contains("Peuls");
    assertThat(signal.categories()).contains("threat");
    assertThat(signal.evidence())
        .allSatisfy(
            e -> assertThat(article.text().substring(e.start(), e.end())).isEqualTo(e.text()));
    assertThat(signal.evidence()).anySatisfy(e -> assertThat(e.kind()).isEqualTo("threat"));

    IndexedValues values = IndexedValues.of(article);
    assertThat(values.matched(SearchFields.HARM)).contains("rapporté").doesNotContain("hostile");
    assertThat(values.matched(SearchFields.TARGET)).contains("peuls");
  }

  @Test
  void theSameSentencePostedByAnAccountIsTheAuthorsOwn() {
    AnalyzedDocument post = PIPELINE.analyze(raw(SENTENCE));

    List<Signal> harm = harm(post);
    assertThat(harm).hasSize(1);
    Signal signal = harm.get(0);
    assertThat(signal.reported()).isFalse();
    assertThat(signal.speaker()).isNull();
    assertThat(signal.score()).isGreaterThanOrEqualTo(0.5);
    assertThat(signal.label()).isEqualTo("menace");
    assertThat(signal.targets()).containsExactly("Peuls");

    IndexedValues values = IndexedValues.of(post);
    assertThat(values.matched(SearchFields.HARM)).contains("hostile", "menace", "incitation");
    assertThat(values.counted(SearchFields.TARGET)).containsExactly("Peuls");
  }

  @Test
  void neutralNewsAboutAGroupCarriesNoSignal() {
    AnalyzedDocument doc =
        PIPELINE.analyze(
            raw(
                "Les éleveurs peuls de la région de Mopti ont commencé la transhumance vers le"
                    + " sud, a indiqué lundi la direction régionale des productions animales."));

    assertThat(harm(doc)).isEmpty();
  }

  @Test
  void aDocumentInAnotherLanguageIsLeftAlone() {
    AnalyzedDocument doc =
        PIPELINE.analyze(
            raw("The herders left the village on Monday, the regional office said.", "eng"));

    assertThat(harm(doc)).isEmpty();
  }

  private static List<Signal> harm(AnalyzedDocument doc) {
    return doc.signals().stream().filter(s -> s.kind().equals(Signal.HARM)).toList();
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = HarmStageTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static RawDocument raw(String text) {
    return raw(text, "fra");
  }

  private static RawDocument raw(String text, String language) {
    return new RawDocument(
        "test:harm",
        "test",
        null,
        Instant.parse("2024-05-04T10:00:00Z"),
        RawDocument.TEXT,
        "UTF-8",
        text.getBytes(StandardCharsets.UTF_8),
        Map.of(RawDocument.Hint.LANGUAGE, language));
  }
}
