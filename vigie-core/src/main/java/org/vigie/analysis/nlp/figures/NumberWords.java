package org.vigie.analysis.nlp.figures;

import java.util.Map;

/**
 * French numbers written in words, in folded form: {@code quinze}, {@code vingt et un}, {@code
 * soixante-dix-neuf}, {@code quatre-vingts}, {@code deux cent mille}; and the approximate nouns
 * ({@code une vingtaine}) and magnitudes ({@code milliards}) that follow or replace them.
 */
final class NumberWords {
  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("un", 1),
          Map.entry("une", 1),
          Map.entry("deux", 2),
          Map.entry("trois", 3),
          Map.entry("quatre", 4),
          Map.entry("cinq", 5),
          Map.entry("six", 6),
          Map.entry("sept", 7),
          Map.entry("huit", 8),
          Map.entry("neuf", 9),
          Map.entry("dix", 10),
          Map.entry("onze", 11),
          Map.entry("douze", 12),
          Map.entry("treize", 13),
          Map.entry("quatorze", 14),
          Map.entry("quinze", 15),
          Map.entry("seize", 16),
          Map.entry("vingt", 20),
          Map.entry("vingts", 20),
          Map.entry("trente", 30),
          Map.entry("quarante", 40),
          Map.entry("cinquante", 50),
          Map.entry("soixante", 60),
          Map.entry("cent", 100),
          Map.entry("cents", 100),
          Map.entry("mille", 1000));

  private static final Map<String, Double> MAGNITUDES =
      Map.of(
          "million", 1e6,
          "millions", 1e6,
          "milliard", 1e9,
          "milliards", 1e9,
          "mille", 1e3);

  private static final Map<String, Integer> APPROXIMATE =
      Map.ofEntries(
          Map.entry("dizaine", 10),
          Map.entry("douzaine", 12),
          Map.entry("quinzaine", 15),
          Map.entry("vingtaine", 20),
          Map.entry("trentaine", 30),
          Map.entry("quarantaine", 40),
          Map.entry("cinquantaine", 50),
          Map.entry("soixantaine", 60),
          Map.entry("centaine", 100),
          Map.entry("millier", 1000));

  private NumberWords() {}

  /** Whether the folded word (possibly hyphenated) is made only of number words. */
  static boolean isNumber(String norm) {
    if (norm == null) {
      return false;
    }
    for (String part : norm.split("-", -1)) {
      if (!UNITS.containsKey(part) && !part.equals("et")) {
        return false;
      }
    }
    return !norm.equals("et");
  }

  /**
   * The value of a sequence of number words ({@code ["quatre-vingt-dix", "mille"]} is 90 000);
   * hyphens and {@code et} are allowed inside. Callers check {@link #isNumber} on each word first.
   */
  static long value(Iterable<String> words) {
    long total = 0;
    long group = 0;
    for (String word : words) {
      for (String part : word.split("-")) {
        if (part.equals("mille")) {
          total += Math.max(group, 1) * 1000;
          group = 0;
        } else if (part.startsWith("cent")) {
          group = Math.max(group, 1) * 100;
        } else if (part.startsWith("vingt") && group % 100 == 4) {
          group += 76;
        } else {
          group += UNITS.getOrDefault(part, 0);
        }
      }
    }
    return total + group;
  }

  /** The factor of {@code million(s)}, {@code milliard(s)}, {@code mille}, or 0. */
  static double magnitude(String norm) {
    return norm == null ? 0 : MAGNITUDES.getOrDefault(norm, 0.0);
  }

  /** The value of {@code dizaine}…{@code millier} (singular), or 0. */
  static int approximate(String norm) {
    return norm == null ? 0 : APPROXIMATE.getOrDefault(norm, 0);
  }
}
