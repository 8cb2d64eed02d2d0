package org.vigie.store;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The MinHash signature of a text: for each of the {@link MinHasher}'s hash functions, the smallest
 * value over the text's shingles. Two signatures agree at one position with a probability equal to
 * the Jaccard similarity of the two shingle sets, so the fraction of agreeing positions estimates
 * it. Immutable.
 */
public final class Signature {
  private final int[] mins;
  private final int shingles;

  /**
   * @param mins the minimum per hash function (copied)
   * @param shingles how many distinct shingles the text has (kept to weigh sizes)
   */
  public Signature(int[] mins, int shingles) {
    if (mins.length == 0) {
      throw new IllegalArgumentException("a signature needs at least one hash value");
    }
    this.mins = mins.clone();
    this.shingles = shingles;
  }

  public int length() {
    return mins.length;
  }

  public int shingles() {
    return shingles;
  }

  public int min(int i) {
    return mins[i];
  }

  /**
   * The estimated Jaccard similarity of the two texts' shingle sets, from 0 to 1.
   *
   * @throws IllegalArgumentException when the signatures come from different hashers
   */
  public double similarity(Signature other) {
    if (other.mins.length != mins.length) {
      throw new IllegalArgumentException(
          "signatures of different lengths: " + mins.length + " and " + other.mins.length);
    }
    int same = 0;
    for (int i = 0; i < mins.length; i++) {
      if (mins[i] == other.mins[i]) {
        same++;
      }
    }
    return same / (double) mins.length;
  }

  /** A compact binary form: the shingle count then the values, 4 bytes each, big-endian. */
  public byte[] toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(4 * (mins.length + 1));
    buffer.putInt(shingles);
    for (int v : mins) {
      buffer.putInt(v);
    }
    return buffer.array();
  }

  /**
   * Reads what {@link #toBytes} wrote.
   *
   * @throws IllegalArgumentException when the bytes are not a signature
   */
  public static Signature fromBytes(byte[] bytes, int offset, int length) {
    if (length < 8 || length % 4 != 0) {
      throw new IllegalArgumentException("not a MinHash signature: " + length + " bytes");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    int shingles = buffer.getInt();
    int[] mins = new int[length / 4 - 1];
    for (int i = 0; i < mins.length; i++) {
      mins[i] = buffer.getInt();
    }
    return new Signature(mins, shingles);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.mins, mins);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mins) + shingles;
  }

  @Override
  public String toString() {
    return "Signature[" + mins.length + " values, " + shingles + " shingles]";
  }
}
