package org.vigie.analysis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body-extraction metric of the Article Extraction Benchmark (Scrapinghub, 2019): texts are cut
 * into {@code \w+} tokens (Unicode-aware, case kept), then into 4-token shingles counted as
 * multisets. Per page, matched, extra and missed shingles are scaled to sum to 1. Precision is
 * averaged over the pages where the extractor returned something, recall over the pages that have a
 * gold body, and F1 is the harmonic mean of the two averages (not a mean of per-page F1s).
 *
 * @param precision mean precision over the pages where the extractor returned shingles
 * @param recall mean recall over the pages that have gold shingles
 * @param f1 harmonic mean of {@code precision} and {@code recall}
 * @param pages how many pages were scored
 */
public record ExtractionScore(double precision, double recall, double f1, int pages) {
  private static final int SHINGLE = 4;
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Matched ({@code tp}), extra ({@code fp}) and missed ({@code fn}) shingles of one page, scaled
   * so that they sum to 1 (or all 0 when both texts are empty).
   */
  public record PageMatch(double tp, double fp, double fn) {
    /** 1 when nothing is extra nor missed, 0 when nothing matched and something is extra. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    /** 1 when nothing is extra nor missed, 0 when nothing matched and something is missed. */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** Compares one extracted body with its gold body. */
  public static PageMatch match(String gold, String extracted) {
    Map<String, Integer> expected = shingles(gold);
    Map<String, Integer> found = shingles(extracted);
    double tp = 0;
    double fp = 0;
    for (Map.Entry<String, Integer> e : found.entrySet()) {
      int want = expected.getOrDefault(e.getKey(), 0);
      tp += Math.min(want, e.getValue());
      fp += Math.max(0, e.getValue() - want);
    }
    double fn = total(expected) - tp;
    double sum = tp + fp + fn;
    return sum == 0 ? new PageMatch(0, 0, 0) : new PageMatch(tp / sum, fp / sum, fn / sum);
  }

  /** Averages page matches as the benchmark does. */
  public static ExtractionScore of(List<PageMatch> pages) {
    double p = mean(pages, true);
    double r = mean(pages, false);
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new ExtractionScore(p, r, f1, pages.size());
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** Shingles with their counts; a text shorter than a shingle is one short shingle. */
  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    int starts = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < starts && i < tokens.size(); i++) {
      String key = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }

  private static double total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static double mean(List<PageMatch> pages, boolean precision) {
    double sum = 0;
    int n = 0;
    for (PageMatch m : pages) {
      boolean counted = precision ? m.tp() + m.fp() > 0 : m.tp() + m.fn() > 0;
      if (counted) {
        sum += precision ? m.precision() : m.recall();
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
