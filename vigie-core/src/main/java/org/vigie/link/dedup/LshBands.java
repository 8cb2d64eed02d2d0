package org.vigie.link.dedup;

import java.util.ArrayList;
import java.util.List;
import org.vigie.store.Signature;

/**
 * Locality-sensitive hashing of MinHash signatures: the signature is cut into {@code bands} bands
 * of {@code rows} values and each band hashed to one key. Two texts of Jaccard similarity {@code s}
 * share at least one key with probability {@code 1 - (1 - s^rows)^bands}, so looking up a text's
 * keys finds its near-duplicates without comparing it to every stored text. Keys are short strings
 * ({@code "07:3fa91c0d22e1"}: band, then 48 bits of hash) meant to be indexed as exact terms.
 * Thread-safe.
 */
public final class LshBands {
  private final int bands;
  private final int rows;

  public LshBands(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "bands and rows must be at least 1: " + bands + " × " + rows);
    }
    this.bands = bands;
    this.rows = rows;
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /**
   * The band keys of a signature, one per band.
   *
   * @throws IllegalArgumentException when the signature is shorter than bands × rows
   */
  public List<String> keys(Signature signature) {
    if (signature.length() < bands * rows) {
      throw new IllegalArgumentException(
          "signature of " + signature.length() + " values is shorter than " + bands + " × " + rows);
    }
    List<String> keys = new ArrayList<>(bands);
    for (int band = 0; band < bands; band++) {
      long h = band;
      for (int r = 0; r < rows; r++) {
        h = Shingles.mix(h * 31 + signature.min(band * rows + r));
      }
      keys.add(String.format("%02x:%012x", band, h >>> 16));
    }
    return keys;
  }

  /** The probability that two texts of Jaccard similarity {@code s} share a key. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }
}
