package org.vigie.analytics.coordination;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Groups short texts that say the same thing with small edits (a word changed, a mention added, a
 * link shortened): the "same text" object of coordination, which CooRTweet dropped. Texts are
 * folded (lower case, no accents, no links or mentions, punctuation as space), cut into character
 * 5-grams and summarized by a MinHash signature; signatures meet in LSH bands, and a text joins the
 * cluster of the first earlier text whose estimated resemblance (Jaccard of 5-grams) reaches the
 * threshold. Clusters are named by their first text's key, so the same input gives the same
 * clusters. Texts shorter than {@link #MIN_WORDS} words are no evidence (a "Merci" or an emoji) and
 * get no cluster. Memory: the signatures (32 ints per text) and the band buckets. Not thread-safe.
 */
public final class TextClusters {
  /** Texts with fewer words than this are not clustered. */
  public static final int MIN_WORDS = 6;

  private static final int HASHES = 32;
  private static final int ROWS = 4;
  private static final int GRAM = 5;
  private static final Pattern LINKS = Pattern.compile("(?:https?://|www\\.)\\S+|@\\w+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final double threshold;
  private final long[] a = new long[HASHES];
  private final long[] b = new long[HASHES];
  private final List<int[]> signatures = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final List<Integer> cluster = new ArrayList<>();
  private final Map<Long, List<Integer>> buckets = new HashMap<>();

  /**
   * @param threshold the estimated resemblance (0 to 1) from which two texts are the same text; 0.6
   *     keeps a one-word edit of a ten-word post and leaves out two posts on one subject
   */
  public TextClusters(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
    SplittableRandom random = new SplittableRandom(0x5eed_7e47L);
    for (int i = 0; i < HASHES; i++) {
      a[i] = random.nextLong() | 1L;
      b[i] = random.nextLong();
    }
  }

  /**
   * Places a text and answers its cluster's name (the key of the cluster's first text), or {@code
   * null} when the text is too short to be evidence.
   */
  public String add(String key, String text) {
    String folded = fold(text);
    if (folded.isEmpty() || folded.split(" ").length < MIN_WORDS) {
      return null;
    }
    int[] sig = signature(folded);
    int id = signatures.size();
    int joined = -1;
    for (int band = 0; band < HASHES / ROWS && joined < 0; band++) {
      List<Integer> bucket = buckets.get(bandKey(sig, band));
      if (bucket != null) {
        for (int other : bucket) {
          if (resemblance(sig, signatures.get(other)) >= threshold) {
            joined = cluster.get(other);
            break;
          }
        }
      }
    }
    signatures.add(sig);
    names.add(key);
    cluster.add(joined >= 0 ? joined : id);
    for (int band = 0; band < HASHES / ROWS; band++) {
      buckets.computeIfAbsent(bandKey(sig, band), k -> new ArrayList<>(2)).add(id);
    }
    return names.get(cluster.get(id));
  }

  /** Lower case, accents, links and mentions removed, words separated by one space. */
  static String fold(String text) {
    String t = LINKS.matcher(text).replaceAll(" ");
    t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private int[] signature(String folded) {
    int[] mins = new int[HASHES];
    java.util.Arrays.fill(mins, Integer.MAX_VALUE);
    for (int i = 0; i + GRAM <= folded.length(); i++) {
      long x = 0xcbf29ce484222325L;
      for (int k = i; k < i + GRAM; k++) {
        x = (x ^ folded.charAt(k)) * 0x100000001b3L;
      }
      for (int h = 0; h < HASHES; h++) {
        int v = (int) ((a[h] * x + b[h]) >>> 33);
        if (v < mins[h]) {
          mins[h] = v;
        }
      }
    }
    return mins;
  }

  private static long bandKey(int[] sig, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = h * 0x9E3779B97F4A7C15L + sig[band * ROWS + r];
    }
    return h;
  }

  private static double resemblance(int[] x, int[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      same += x[i] == y[i] ? 1 : 0;
    }
    return same / (double) x.length;
  }
}
