package org.vigie.analytics.coordination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups perceptual hashes ({@code dhash:} and 16 hex digits) of pictures that are the same image
 * re-encoded, resized or lightly retouched: a hash joins the first earlier one within {@code
 * maxBits} differing bits, and the group is named by that first hash. Candidates are found through
 * 8 bands of 8 bits (two hashes within 7 bits share at least one band exactly), so the cost stays
 * near constant per hash. Not thread-safe.
 */
public final class ImageClusters {
  /** Bits two hashes of one picture may differ by (of 64). */
  public static final int SAME_PICTURE = 6;

  private final int maxBits;
  private final List<Long> values = new ArrayList<>();
  private final List<Integer> first = new ArrayList<>();
  private final Map<Long, List<Integer>> bands = new HashMap<>();

  public ImageClusters(int maxBits) {
    if (maxBits < 0 || maxBits > 7) {
      throw new IllegalArgumentException("maxBits must be between 0 and 7: " + maxBits);
    }
    this.maxBits = maxBits;
  }

  /** The group of a {@code dhash:} value: the first hash of the group it joins (or its own). */
  public String add(String hash) {
    long v;
    try {
      v = Long.parseUnsignedLong(hash.substring("dhash:".length()), 16);
    } catch (RuntimeException e) {
      return null;
    }
    int joined = -1;
    for (int b = 0; b < 8 && joined < 0; b++) {
      List<Integer> bucket = bands.get(key(v, b));
      if (bucket != null) {
        for (int other : bucket) {
          if (Long.bitCount(v ^ values.get(other)) <= maxBits) {
            joined = first.get(other);
            break;
          }
        }
      }
    }
    int id = values.size();
    values.add(v);
    first.add(joined >= 0 ? joined : id);
    for (int b = 0; b < 8; b++) {
      bands.computeIfAbsent(key(v, b), k -> new ArrayList<>(2)).add(id);
    }
    return String.format("dhash:%016x", values.get(first.get(id)));
  }

  private static long key(long v, int band) {
    return (long) band << 8 | (v >>> (band * 8) & 0xff);
  }
}
