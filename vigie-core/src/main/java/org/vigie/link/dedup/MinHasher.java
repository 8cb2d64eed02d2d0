package org.vigie.link.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.vigie.store.Signature;

/**
 * Computes MinHash signatures of texts over word shingles. Each of the {@code hashes} functions is
 * {@code (a·x + b) >>> 33} on a shingle hash {@code x}, with {@code a} odd and {@code a, b} drawn
 * from a fixed seed, so a signature is the same in every process and can be stored. Thread-safe.
 */
public final class MinHasher {
  private final Shingles shingles;
  private final long[] a;
  private final long[] b;

  /**
   * @param shingleSize words per shingle
   * @param hashes signature length
   * @param seed fixes the hash functions; signatures made with different seeds cannot be compared
   */
  public MinHasher(int shingleSize, int hashes, long seed) {
    if (hashes < 1) {
      throw new IllegalArgumentException("hashes must be at least 1: " + hashes);
    }
    this.shingles = new Shingles(shingleSize);
    SplittableRandom random = new SplittableRandom(seed);
    this.a = new long[hashes];
    this.b = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      a[i] = random.nextLong() | 1L;
      b[i] = random.nextLong();
    }
  }

  public int hashes() {
    return a.length;
  }

  public int shingleSize() {
    return shingles.size();
  }

  /** The signature of a text; a text shorter than one shingle gets every value at the maximum. */
  public Signature signature(CharSequence text) {
    return signatureOf(shingles.of(text));
  }

  /** The signature of already computed shingle hashes. */
  public Signature signatureOf(long[] shingleHashes) {
    int[] mins = new int[a.length];
    Arrays.fill(mins, Integer.MAX_VALUE);
    for (long x : shingleHashes) {
      for (int i = 0; i < mins.length; i++) {
        int v = (int) ((a[i] * x + b[i]) >>> 33);
        if (v < mins[i]) {
          mins[i] = v;
        }
      }
    }
    return new Signature(mins, shingleHashes.length);
  }
}
