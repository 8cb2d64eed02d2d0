package org.vigie.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.Fixtures;
import org.vigie.analysis.extract.TextCleaner;
import org.vigie.analysis.nlp.dates.DateExtractor;
import org.vigie.analysis.nlp.figures.FigureExtractor;
import org.vigie.analysis.nlp.lexemes.Lexer;

/**
 * Measures the extractors on the clean text of the five seeds repeated to about 2 MB and prints
 * characters and tokens per second (one thread). Asserts only that findings grow with the input,
 * never a time: timings depend on the machine. Reproduce with {@code ./mvnw -q -pl vigie-core test
 * -Dtest=ExtractorThroughputTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ExtractorThroughputTest {
  private static final int TARGET_CHARS = 2_000_000;

  @Test
  void printsThroughputOnTheSeedsRepeated() throws IOException {
    String seeds = cleanSeeds();
    int copies = TARGET_CHARS / seeds.length() + 1;
    String text = (seeds + "\n\n").repeat(copies);
    int tokens = Lexer.tokenize(text).size();
    DateExtractor dates = new DateExtractor();
    FigureExtractor figures = new FigureExtractor();
    LocalDate ref = LocalDate.of(2015, 1, 30);
    int perCopyDates = dates.extract(seeds, ref).size();
    int perCopyFigures = figures.extract(seeds).size();
    assertThat(measure("tokenizer", text, tokens, t -> Lexer.tokenize(t).size())).isEqualTo(tokens);
    assertThat(measure("dates", text, tokens, t -> dates.extract(t, ref).size()))
        .isEqualTo(perCopyDates * copies);
    assertThat(measure("figures (with dates)", text, tokens, t -> figures.extract(t).size()))
        .isEqualTo(perCopyFigures * copies);
  }

  private static int measure(String name, String text, int tokens, ToIntFunction<String> run) {
    int found = 0;
    for (int warmup = 0; warmup < 3; warmup++) {
      found = run.applyAsInt(text);
    }
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      found = run.applyAsInt(text);
      best = Math.min(best, System.nanoTime() - t0);
    }
    double seconds = best / 1e9;
    System.out.printf(
        "%-22s %,d chars in %.1f ms: %,.0f chars/s, %,.0f tokens/s, %,d found%n",
        name, text.length(), seconds * 1e3, text.length() / seconds, tokens / seconds, found);
    return found;
  }

  private static String cleanSeeds() throws IOException {
    StringBuilder all = new StringBuilder();
    TextCleaner cleaner = new TextCleaner();
    try (Stream<Path> files = Files.list(Fixtures.seeds())) {
      for (Path p : files.sorted().toList()) {
        all.append(cleaner.clean(Files.readString(p)).text()).append("\n\n");
      }
    }
    return all.toString();
  }
}
