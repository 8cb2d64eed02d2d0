package org.vigie.link.dedup;

import java.util.Arrays;

/**
 * The word shingles of a text as 64-bit hashes: every run of {@code size} consecutive words. Words
 * are runs of letters and digits, lower-cased, so that punctuation, spacing and line breaks do not
 * change a shingle; accents are kept. Stateless and thread-safe.
 */
public final class Shingles {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final int size;

  /**
   * @param size words per shingle (5 is a good choice for news text)
   */
  public Shingles(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1: " + size);
    }
    this.size = size;
  }

  public int size() {
    return size;
  }

  /**
   * The distinct shingle hashes of a text, sorted; empty when it has fewer words than a shingle.
   */
  public long[] of(CharSequence text) {
    long[] words = words(text);
    if (words.length < size) {
      return new long[0];
    }
    long[] shingles = new long[words.length - size + 1];
    for (int i = 0; i < shingles.length; i++) {
      long h = words[i];
      for (int j = 1; j < size; j++) {
        h = h * GOLDEN + words[i + j];
      }
      shingles[i] = mix(h);
    }
    Arrays.sort(shingles);
    return distinct(shingles);
  }

  /** One hash per word, in text order. */
  static long[] words(CharSequence text) {
    long[] out = new long[Math.max(16, text.length() / 5)];
    int n = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = h;
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) {
      out = n == out.length ? Arrays.copyOf(out, n + 1) : out;
      out[n++] = h;
    }
    return Arrays.copyOf(out, n);
  }

  /** A strong 64-bit finaliser (the one of SplitMix64), so that close inputs spread apart. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }
}
