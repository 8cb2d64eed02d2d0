package org.vigie.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.Fixtures;
import org.vigie.analysis.extract.TextCleaner;
import org.vigie.analysis.ner.EntityExtractor;
import org.vigie.analysis.nlp.Tokenizer;
import org.vigie.analysis.nlp.dates.DateExtractor;
import org.vigie.analysis.nlp.figures.FigureExtractor;
import org.vigie.document.Entity;

/**
 * Measures the quote finder on the clean text of the five seeds repeated to about 2 MB (entities
 * given), and the French text analysis (entities, quotes, dates, figures) document by document on
 * the clean seeds, and prints tokens per second (one thread). Asserts only that quotes grow with
 * the input, never a time. Reproduce with {@code ./mvnw -q -pl vigie-core test
 * -Dtest=QuoteThroughputTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class QuoteThroughputTest {
  private static final int TARGET_CHARS = 2_000_000;

  @Test
  void printsThroughputOnTheSeedsRepeated() throws IOException {
    String seeds = cleanSeeds();
    int copies = TARGET_CHARS / seeds.length() + 1;
    String text = (seeds + "\n\n").repeat(copies);
    int tokens = Tokenizer.french().tokenize(text).size();
    List<Entity> entities = EntityExtractor.standard().extract(text);
    QuoteExtractor quotes = new QuoteExtractor();
    int perCopy = quotes.extract(seeds + "\n\n", EntityExtractor.standard().extract(seeds)).size();
    int found = 0;
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      found = quotes.extract(text, entities).size();
      best = Math.min(best, System.nanoTime() - t0);
    }
    print("quotes (entities given)", tokens, best, found);
    assertThat(found).isGreaterThanOrEqualTo(perCopy * (copies - 1));
  }

  /**
   * The French text analysis each document gets after cleaning (entities, quotes, dates, figures),
   * document by document on the clean seeds, as the pipeline runs it.
   */
  @Test
  void printsThroughputOfTheFrenchAnalysis() throws IOException {
    List<String> docs = cleanSeedTexts();
    int perRound = 0;
    for (String d : docs) {
      perRound += Tokenizer.french().tokenize(d).size();
    }
    EntityExtractor entities = EntityExtractor.standard();
    QuoteExtractor quotes = new QuoteExtractor();
    DateExtractor dates = new DateExtractor();
    FigureExtractor figures = new FigureExtractor();
    int rounds = 40;
    long best = Long.MAX_VALUE;
    int found = 0;
    for (int pass = 0; pass < 5; pass++) {
      long t0 = System.nanoTime();
      found = 0;
      for (int r = 0; r < rounds; r++) {
        for (String d : docs) {
          List<Entity> people = entities.extract(d);
          found += quotes.extract(d, people).size() + people.size();
          found += dates.extract(d, null).size() + figures.extract(d).size();
        }
      }
      best = Math.min(best, System.nanoTime() - t0);
    }
    print("entities+quotes+dates+figures", perRound * rounds, best, found);
    assertThat(found).isPositive();
  }

  private static void print(String name, int tokens, long nanos, int found) {
    double seconds = nanos / 1e9;
    System.out.printf(
        "%-30s %,d tokens in %.1f ms: %,.0f tokens/s, %,d found%n",
        name, tokens, seconds * 1e3, tokens / seconds, found);
  }

  private static String cleanSeeds() throws IOException {
    return String.join("\n\n", cleanSeedTexts()) + "\n\n";
  }

  private static List<String> cleanSeedTexts() throws IOException {
    TextCleaner cleaner = new TextCleaner();
    List<String> texts = new ArrayList<>();
    for (Path p : seedFiles()) {
      texts.add(cleaner.clean(Files.readString(p)).text());
    }
    return texts;
  }

  private static List<Path> seedFiles() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.seeds())) {
      return files.sorted().toList();
    }
  }
}
