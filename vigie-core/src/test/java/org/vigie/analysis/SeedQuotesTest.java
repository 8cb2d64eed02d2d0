package org.vigie.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.Fixtures;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Quote;
import org.vigie.document.RawDocument;

/**
 * The five seed pages through the standard pipeline: every quotation and every piece of reported
 * speech, with its speaker, against {@code src/test/resources/nlp/seeds/NNN.quotes.tsv} (one line
 * per quote, in text order: the first {@value #PREFIX} characters of its text, the speaker's
 * canonical name, {@code direct} or {@code indirect}, the cue and the role phrase; {@code -} for
 * none). A missing or an extra quote fails. Lines starting with {@code #} are comments.
 */
class SeedQuotesTest {
  static final int PREFIX = 40;
  private static final Path SEEDS = Fixtures.seeds();
  private static final Path EXPECTED = Path.of("src/test/resources/nlp/seeds");
  private static Pipeline pipeline;

  @BeforeAll
  static void pipeline() {
    pipeline = Stages.standard();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void findsEveryQuoteOfTheSeedAndNothingElse(String seed) throws IOException {
    AnalyzedDocument doc = pipeline.analyze(raw(seed));
    List<String> expected =
        Files.readAllLines(EXPECTED.resolve(seed + ".quotes.tsv")).stream()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .toList();
    assertThat(doc.quotes().stream().map(SeedQuotesTest::line).toList())
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void offsetsPointIntoTheCleanText(String seed) throws IOException {
    AnalyzedDocument doc = pipeline.analyze(raw(seed));
    assertThat(doc.quotes())
        .allSatisfy(q -> assertThat(doc.text().substring(q.start(), q.end())).isEqualTo(q.text()));
  }

  static String line(Quote q) {
    String text = q.text().replace('\n', ' ').replace('\t', ' ');
    return String.join(
        "\t",
        text.substring(0, Math.min(PREFIX, text.length())),
        dash(q.speaker()),
        q.direct() ? "direct" : "indirect",
        dash(q.cue()),
        dash(q.role()));
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  private static RawDocument raw(String seed) throws IOException {
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
          Instant.EPOCH,
          RawDocument.TEXT,
          null,
          Files.readAllBytes(file),
          Map.of());
    }
  }
}
