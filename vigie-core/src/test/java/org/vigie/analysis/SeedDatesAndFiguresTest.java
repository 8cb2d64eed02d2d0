package org.vigie.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.Fixtures;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DateMention;
import org.vigie.document.Figure;
import org.vigie.document.RawDocument;

/**
 * The five seed pages through the standard pipeline: every date and figure found, with what it
 * resolves to or counts, against {@code src/test/resources/nlp/seeds/NNN.expected.tsv} (one line
 * per finding, in text order: {@code date TAB text TAB from TAB to} or {@code figure TAB text TAB
 * value TAB unit}). Only seed 002 carries a publication date; the others resolve their relative
 * dates against the day they were collected (here 6 March 2020).
 */
class SeedDatesAndFiguresTest {
  private static final Path SEEDS = Fixtures.seeds();
  private static final Path EXPECTED = Path.of("src/test/resources/nlp/seeds");
  private static final Instant COLLECTED = Instant.parse("2020-03-06T09:00:00Z");
  private static Pipeline pipeline;

  @BeforeAll
  static void pipeline() {
    pipeline = Stages.standard();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void findsEveryDateAndFigureOfTheSeed(String seed) throws IOException {
    AnalyzedDocument doc = pipeline.analyze(raw(seed, Map.of()));
    List<String> expected = Files.readAllLines(EXPECTED.resolve(seed + ".expected.tsv"));
    assertThat(lines(doc)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void offsetsPointIntoTheCleanText(String seed) throws IOException {
    AnalyzedDocument doc = pipeline.analyze(raw(seed, Map.of()));
    String text = doc.text();
    assertThat(doc.dates())
        .allSatisfy(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
    assertThat(doc.figures())
        .allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
  }

  /**
   * With a publication date (here given as a hint, as a JSONL import would), relative dates
   * resolve.
   */
  @Test
  void resolvesRelativeDatesAgainstThePublicationDate() throws IOException {
    AnalyzedDocument doc000 = pipeline.analyze(raw("000", Map.of("published", "2019-12-10")));
    assertThat(doc000.dates().get(0))
        .extracting(DateMention::text, DateMention::from, DateMention::to)
        .containsExactly("Les 6 et 7 décembre derniers", "2019-12-06", "2019-12-07");
    AnalyzedDocument doc001 = pipeline.analyze(raw("001", Map.of("published", "2020-03-06")));
    assertThat(doc001.dates())
        .extracting(DateMention::text, DateMention::from)
        .containsExactly(
            tuple("29 mars prochain", "2020-03-29"),
            tuple("hier", "2020-03-05"),
            tuple("29 mars", "2020-03-29"),
            tuple("Aujourd’hui", "2020-03-06"));
  }

  private static List<String> lines(AnalyzedDocument doc) {
    List<String> out = new ArrayList<>();
    Stream.concat(
            doc.dates().stream().map(d -> new Line(d.start(), date(d))),
            doc.figures().stream().map(f -> new Line(f.start(), figure(f))))
        .sorted((a, b) -> Integer.compare(a.start(), b.start()))
        .forEach(l -> out.add(l.text()));
    return out;
  }

  private record Line(int start, String text) {}

  private static String date(DateMention d) {
    return String.join("\t", "date", d.text(), String.valueOf(d.from()), String.valueOf(d.to()));
  }

  private static String figure(Figure f) {
    String value =
        f.value() == Math.rint(f.value())
            ? String.valueOf((long) f.value())
            : String.valueOf(f.value());
    return String.join("\t", "figure", f.text(), value, String.valueOf(f.unit()));
  }

  private static RawDocument raw(String seed, Map<String, String> hints) throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      Path file =
          files
              .filter(p -> p.getFileName().toString().startsWith(seed + "_"))
              .findFirst()
              .orElseThrow();
      return new RawDocument(
          file.toString(),
          "seeds",
          null,
          COLLECTED,
          RawDocument.TEXT,
          null,
          Files.readAllBytes(file),
          hints);
    }
  }
}
