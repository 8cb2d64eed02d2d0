package org.vigie.analysis.language;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a text into hashed character n-gram counts, the features of {@link RegionalLanguageModel}.
 *
 * <p>The text is normalised first: NFC, lower case, web addresses and {@code @mentions} removed,
 * combining marks dropped, every run of characters that are not letters or apostrophes turned into
 * one space, and a space added at each end so that n-grams see word boundaries. Every n-gram of
 * {@code 1..maxN} characters is hashed into one of {@code 2^bits} buckets; the vector holds the
 * count of each bucket scaled to unit length, so long and short texts weigh the same.
 *
 * <p>Immutable and thread-safe. Only the first {@link #MAX_CHARS} characters are read.
 */
final class CharNgramHasher {
  /**
   * Five hundred characters are some 80 words, more than any SIB-200 test sentence and ample to
   * tell the region's languages apart; the model's features are scaled to unit length anyway.
   * Reading 2 000 made the regional model 10 % of a whole ingest (bench/ingest.sh profile).
   */
  static final int MAX_CHARS = 500;

  private static final Pattern NOISE = Pattern.compile("https?://\\S+|www\\.\\S+|@\\w+");
  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  private final int bits;
  private final int maxN;

  CharNgramHasher(int bits, int maxN) {
    if (bits < 8 || bits > 24) {
      throw new IllegalArgumentException("bits must be within 8..24, got " + bits);
    }
    if (maxN < 1 || maxN > 8) {
      throw new IllegalArgumentException("maxN must be within 1..8, got " + maxN);
    }
    this.bits = bits;
    this.maxN = maxN;
  }

  int bits() {
    return bits;
  }

  int maxN() {
    return maxN;
  }

  int buckets() {
    return 1 << bits;
  }

  /** The normalised form of the text that n-grams are taken from, spaces at both ends. */
  static String normalize(CharSequence text) {
    CharSequence head = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
    String s = Normalizer.normalize(head, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    s = NOISE.matcher(s).replaceAll(" ");
    StringBuilder out = new StringBuilder(s.length() + 2).append(' ');
    for (int i = 0; i < s.length(); i++) {
      appendNormalized(out, s.charAt(i));
    }
    if (out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
    return out.toString();
  }

  private static void appendNormalized(StringBuilder out, char c) {
    if (Character.getType(c) == Character.NON_SPACING_MARK) {
      return;
    }
    if (Character.isLetter(c) || c == '\'' || c == '’') {
      out.append(c == '’' ? '\'' : c);
    } else if (out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  /** Number of letters in the normalised text; detectors decline texts with too few. */
  static int countLetters(String normalized) {
    int n = 0;
    for (int i = 0; i < normalized.length(); i++) {
      if (Character.isLetter(normalized.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The unit-length vector of hashed n-gram counts of an already normalised text. */
  SparseVector features(String normalized) {
    int[] counts = new int[Math.max(16, 2 * normalized.length() * maxN)];
    int[] keys = new int[counts.length];
    Arrays.fill(keys, -1);
    int distinct = 0;
    int mask = buckets() - 1;
    for (int start = 0; start < normalized.length(); start++) {
      int h = FNV_OFFSET;
      for (int n = 1; n <= maxN && start + n <= normalized.length(); n++) {
        h = (h ^ normalized.charAt(start + n - 1)) * FNV_PRIME;
        if (n == 1 && normalized.charAt(start) == ' ') {
          continue; // a lone space says nothing
        }
        distinct += add(keys, counts, mix(h) & mask);
      }
    }
    return toUnitVector(keys, counts, distinct);
  }

  /** Counts one bucket in an open-addressing table; answers 1 when the bucket is new. */
  private static int add(int[] keys, int[] counts, int bucket) {
    int slot = (bucket * 0x9E3779B1 >>> 1) % keys.length;
    while (keys[slot] != -1 && keys[slot] != bucket) {
      slot = slot + 1 == keys.length ? 0 : slot + 1;
    }
    int isNew = keys[slot] == -1 ? 1 : 0;
    keys[slot] = bucket;
    counts[slot]++;
    return isNew;
  }

  private static SparseVector toUnitVector(int[] keys, int[] counts, int distinct) {
    int[] indices = new int[distinct];
    float[] values = new float[distinct];
    double norm = 0;
    int k = 0;
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != -1) {
        indices[k] = keys[slot];
        values[k] = counts[slot];
        norm += (double) counts[slot] * counts[slot];
        k++;
      }
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < values.length; i++) {
      values[i] *= scale;
    }
    return new SparseVector(indices, values);
  }

  /** Murmur3's finaliser: spreads FNV's weak low bits over the whole word. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
