package org.vigie.analysis.extract;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentence-level scoring of an extracted body against its expected main text: precision is the
 * share of extracted sentences that belong to the main text (boilerplate sentences count against
 * it), recall the share of main-text sentences found. Sentences are cut at line breaks and after
 * {@code . ! ? …} followed by a space, compared without case, accents' composition differences,
 * punctuation or spacing.
 */
record SentenceScore(double precision, double recall) {
  private static final Pattern SPLIT = Pattern.compile("\\n+|(?<=[.!?…»])\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  static SentenceScore of(String expected, String extracted) {
    Set<String> want = sentences(expected);
    Set<String> got = sentences(extracted);
    int hits = 0;
    for (String s : got) {
      if (want.contains(s)) {
        hits++;
      }
    }
    double p = got.isEmpty() ? 0 : (double) hits / got.size();
    double r = want.isEmpty() ? 1 : (double) hits / want.size();
    return new SentenceScore(p, r);
  }

  /** Means of precision and recall over pages. */
  static SentenceScore mean(List<SentenceScore> scores) {
    double p = scores.stream().mapToDouble(SentenceScore::precision).average().orElse(0);
    double r = scores.stream().mapToDouble(SentenceScore::recall).average().orElse(0);
    return new SentenceScore(p, r);
  }

  /** The harmonic mean of the two. */
  double f() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  static Set<String> sentences(String text) {
    Set<String> out = new HashSet<>();
    for (String s : SPLIT.split(text == null ? "" : text)) {
      String key =
          NOT_WORD
              .matcher(Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
              .replaceAll(" ")
              .strip();
      if (!key.isEmpty()) {
        out.add(key);
      }
    }
    return out;
  }
}
