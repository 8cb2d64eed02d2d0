package org.vigie.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DateMention;
import org.vigie.document.Entity;
import org.vigie.document.Figure;
import org.vigie.document.Quote;
import org.vigie.document.RawDocument;
import org.vigie.document.Signal;

/**
 * Every standard stage, run after the stages before it, on a real article, on empty text and on
 * random text: it either completes the document with marks that lie inside the text, or rejects it
 * with a named cause; it never throws anything else.
 */
class StageContractTest {
  static Stream<String> stages() {
    return Stages.STANDARD.stream();
  }

  @ParameterizedTest
  @MethodSource("stages")
  void aRealArticleIsAnalysed(String stage) throws IOException {
    AnalyzedDocument doc = upTo(stage).analyze(raw(seed()));
    assertThat(doc.text()).isNotBlank();
    assertMarksInside(doc);
    if (stage.equals("entities")) {
      assertThat(doc.entities()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("stages")
  void emptyTextIsRejectedWithACauseOrKeptEmpty(String stage) {
    try {
      AnalyzedDocument doc = upTo(stage).analyze(raw(""));
      assertMarksInside(doc);
    } catch (DocumentRejectedException e) {
      assertThat(e.errorCause()).isNotNull();
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("stages")
  void randomTextNeverBreaksAStage(String stage) {
    Random random = new Random(stage.hashCode());
    for (int round = 0; round < 50; round++) {
      try {
        assertMarksInside(upTo(stage).analyze(raw(randomText(random))));
      } catch (DocumentRejectedException e) {
        assertThat(e.errorCause()).isNotNull();
      }
    }
  }

  /** The standard stages up to and including {@code stage}, and the content id's. */
  static org.vigie.analysis.pipeline.Pipeline upTo(String stage) {
    List<String> names = new ArrayList<>();
    for (String s : Stages.STANDARD) {
      names.add(s);
      if (s.equals(stage)) {
        break;
      }
    }
    if (!names.contains("identity")) {
      names.add("identity");
    }
    return Stages.named(names);
  }

  static void assertMarksInside(AnalyzedDocument doc) {
    int n = doc.text() == null ? 0 : doc.text().length();
    for (Entity e : doc.entities()) {
      assertThat(e.start()).isBetween(0, e.end());
      assertThat(e.end()).isLessThanOrEqualTo(n);
    }
    for (DateMention d : doc.dates()) {
      assertThat(d.end()).isBetween(d.start(), n);
    }
    for (Figure f : doc.figures()) {
      assertThat(f.end()).isBetween(f.start(), n);
    }
    for (Quote q : doc.quotes()) {
      assertThat(q.end()).isBetween(q.start(), n);
    }
    for (Signal s : doc.signals()) {
      for (Signal.Evidence e : s.evidence()) {
        assertThat(e.end()).isBetween(e.start(), n);
      }
    }
  }

  static String seed() throws IOException {
    try (InputStream in =
        StageContractTest.class.getResourceAsStream("/extract/seeds/001.expected.txt")) {
      assertThat(in).as("seed fixture on the test class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String randomText(Random random) {
    String[] pieces = {
      " ",
      "\n\n",
      ".",
      ",",
      "«",
      "»",
      "’",
      "-",
      "2012",
      "150 000",
      "Mme",
      "a-t-elle",
      "déclaré",
      "Bamako",
      "le 6 mars",
      "MINUSMA",
      "\u202F",
      "%",
      "(",
      ")",
      "é",
      "\uD83D\uDE00",
      "\u0000"
    };
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(60);
    for (int i = 0; i < n; i++) {
      b.append(
          random.nextBoolean()
              ? pieces[random.nextInt(pieces.length)]
              : (char) random.nextInt(0x3000));
    }
    return b.toString();
  }

  static RawDocument raw(String text) {
    return new RawDocument(
        "test:stage",
        "test",
        null,
        Instant.parse("2020-01-01T00:00:00Z"),
        RawDocument.TEXT,
        "UTF-8",
        text.getBytes(StandardCharsets.UTF_8),
        Map.of(RawDocument.Hint.LANGUAGE, "fra"));
  }
}
