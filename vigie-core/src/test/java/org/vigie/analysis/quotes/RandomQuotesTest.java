package org.vigie.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;
import org.vigie.document.Quote;

/**
 * Random and hostile text through the quote finder: no exception, offsets inside the text and
 * matching the quote, quotes in text order; long and pathological inputs finish in time that grows
 * with the length, not its square. Seeded, so a failure reproduces.
 */
class RandomQuotesTest {
  private static final String[] PIECES = {
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    ":",
    ";",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "’",
    "'",
    "-",
    "a",
    "a-t-elle",
    "a-t-il",
    "déclaré",
    "ajouté",
    "poursuivra",
    "soulignera-t-il",
    "selon",
    "pour",
    "que",
    "qu’",
    "avant",
    "d’",
    "ajouter",
    "ajoutant",
    "précisant",
    "reconnait",
    "avoir",
    "elle",
    "il",
    "lui",
    "la",
    "le",
    "l’",
    "un",
    "de",
    "du",
    "ONU",
    "CENI",
    "bibliothécaire",
    "directrice",
    "représentant",
    "internaute",
    "Mme",
    "M.",
    "Awa Keita",
    "Keita",
    "qui",
    "est",
    "Nous",
    "sommes",
    "prêts",
    "\uD83D\uDE00",
    "é",
    "\u0301",
    "x"
  };

  private final QuoteExtractor extractor = new QuoteExtractor();

  @Test
  void randomTextNeverBreaksTheExtractor() {
    Random random = new Random(20250301L);
    for (int round = 0; round < 5000; round++) {
      String text = randomText(random, 1 + random.nextInt(80));
      check(text, extractor.extract(text, people(text)));
    }
  }

  @Test
  void longAndHostileInputsStayLinear() {
    Random random = new Random(7L);
    String random200k = randomText(random, 60_000);
    List<String> hostile =
        List.of(
            random200k,
            "«".repeat(200_000),
            "« a déclaré ".repeat(20_000),
            "\"\n".repeat(100_000),
            ", a déclaré la directrice de la section de l’ONU".repeat(5_000),
            "Selon elle, qui dit ".repeat(10_000),
            "« Un.\n\n".repeat(30_000) + "»");
    for (String text : hostile) {
      long t0 = System.nanoTime();
      List<Quote> quotes = extractor.extract(text, people(text));
      double ms = (System.nanoTime() - t0) / 1e6;
      check(text, quotes);
      System.out.printf("%,9d chars, %,6d quotes in %,7.1f ms%n", text.length(), quotes.size(), ms);
      assertThat(ms).as("time for %,d chars", text.length()).isLessThan(20_000);
    }
  }

  @Test
  void timeGrowsLinearly() {
    String unit = randomText(new Random(11L), 20_000);
    double small = bestMillis(unit);
    double large = bestMillis(unit.repeat(8));
    System.out.printf("x1: %.1f ms, x8: %.1f ms (ratio %.1f)%n", small, large, large / small);
    assertThat(large / Math.max(small, 1.0)).isLessThan(40);
  }

  private double bestMillis(String text) {
    List<Entity> people = people(text);
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      long t0 = System.nanoTime();
      extractor.extract(text, people);
      best = Math.min(best, (System.nanoTime() - t0) / 1e6);
    }
    return best;
  }

  private static void check(String text, List<Quote> quotes) {
    int previous = -1;
    for (Quote q : quotes) {
      assertThat(q.start()).isBetween(0, q.end());
      assertThat(q.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(q.start()).isGreaterThanOrEqualTo(previous);
      previous = q.start();
    }
  }

  /** Every "Awa Keita" or "Keita" of the text is a mention of Awa Keita. */
  private static List<Entity> people(String text) {
    List<Entity> entities = new ArrayList<>();
    int i = text.indexOf("Keita");
    while (i >= 0) {
      boolean full = i >= 4 && text.startsWith("Awa ", i - 4);
      int start = full ? i - 4 : i;
      entities.add(
          new Entity(
              text.substring(start, i + 5),
              EntityType.PER,
              "Awa Keita",
              start,
              i + 5,
              "directrice"));
      i = text.indexOf("Keita", i + 5);
    }
    return entities;
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) == 0) {
        s.append(' ');
      }
    }
    return s.toString();
  }
}
