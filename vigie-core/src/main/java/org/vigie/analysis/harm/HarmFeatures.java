package org.vigie.analysis.harm;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The statistical model's features: hashed character 2–5-grams inside each normalised word (padded
 * with a space at both ends) and word 1–2-grams, counted. Links become one word ({@code lienurl})
 * and user names another ({@code @user}), so they count as a kind, not as a name. Stateless and
 * thread-safe.
 */
public final class HarmFeatures {
  private static final Pattern LINK = Pattern.compile("https?://\\S+|www\\.\\S+");
  private static final Pattern USER = Pattern.compile("@\\w+");
  private static final int CHAR_SEED = 0x51ed27;
  private static final int WORD_SEED = 0x2b9f13;
  private static final int PAIR_SEED = 0x7c3a91;

  private final int bits;
  private final int mask;

  public HarmFeatures(int bits) {
    if (bits < 10 || bits > 26) {
      throw new IllegalArgumentException("bits must be within 10..26: " + bits);
    }
    this.bits = bits;
    this.mask = (1 << bits) - 1;
  }

  public int bits() {
    return bits;
  }

  /** Bucket indices (sorted, distinct) and their counts, in {@code counts}. */
  public Counted count(String text) {
    String cleaned =
        USER.matcher(LINK.matcher(text).replaceAll(" lienurl ")).replaceAll(" userat ");
    List<NormalizedText.Token> tokens = HarmNormalizer.normalize(cleaned).tokens();
    int[] buckets = new int[64];
    int n = 0;
    String previous = "<s>";
    for (NormalizedText.Token t : tokens) {
      String form = t.form();
      int needed = n + 2 + 4 * (form.length() + 2);
      if (needed > buckets.length) {
        buckets = Arrays.copyOf(buckets, Math.max(needed, buckets.length * 2));
      }
      buckets[n++] = hash(form, WORD_SEED) & mask;
      buckets[n++] = (hash(form, hash(previous, PAIR_SEED))) & mask;
      n = charGrams(form, buckets, n);
      previous = form;
    }
    Arrays.sort(buckets, 0, n);
    return Counted.of(buckets, n);
  }

  private int charGrams(String form, int[] out, int n) {
    int length = form.length() + 2;
    for (int s = 0; s < length - 1; s++) {
      int h = CHAR_SEED;
      for (int k = s; k < Math.min(length, s + 5); k++) {
        h = mix(h, charAt(form, k));
        if (k > s) {
          out[n++] = finish(h + k - s) & mask;
        }
      }
    }
    return n;
  }

  private static char charAt(String form, int padded) {
    return padded == 0 || padded == form.length() + 1 ? ' ' : form.charAt(padded - 1);
  }

  private static int hash(String s, int seed) {
    int h = seed;
    for (int i = 0; i < s.length(); i++) {
      h = mix(h, s.charAt(i));
    }
    return finish(h + s.length());
  }

  private static int mix(int h, char c) {
    return (h ^ c) * 0x01000193;
  }

  private static int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** Distinct sorted bucket indices with their counts. */
  public record Counted(int[] index, int[] count) {
    static Counted of(int[] sorted, int n) {
      int[] index = new int[n];
      int[] count = new int[n];
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (m > 0 && index[m - 1] == sorted[i]) {
          count[m - 1]++;
        } else {
          index[m] = sorted[i];
          count[m++] = 1;
        }
      }
      return new Counted(Arrays.copyOf(index, m), Arrays.copyOf(count, m));
    }
  }
}
