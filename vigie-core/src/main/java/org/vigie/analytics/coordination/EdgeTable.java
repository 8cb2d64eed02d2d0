package org.vigie.analytics.coordination;

import java.util.Arrays;

/**
 * Per-edge accumulators of coordinated share pairs, in primitive arrays: memory grows with the
 * number of edges (about 60 bytes each), never with the number of pairs. An edge joins accounts
 * {@code a < b} (interned ids); its key {@code a << 32 | b} maps through an open-addressing table
 * to a dense edge index, and each figure is an array indexed by it.
 *
 * <p>Distinct objects are counted with the last object seen on the edge, which is exact because the
 * detector feeds pairs object by object. Distinct contents on each side (for the symmetry score)
 * are kept inline while there is one; a second content spills the side into a shared set of (edge,
 * side, content) triples, so only edges with several pairs pay for it.
 */
final class EdgeTable {
  private long[] slots = new long[1 << 12];
  private int[] slotEdge = new int[1 << 12];
  private int edges;

  long[] key = new long[1024];
  int[] weight = new int[1024];
  int[] fastWeight = new int[1024];
  int[] objects = new int[1024];
  private int[] lastObject = new int[1024];
  long[] sumDelta = new long[1024];
  private int[] firstContentA = new int[1024];
  private int[] firstContentB = new int[1024];
  int[] contentsA = new int[1024];
  int[] contentsB = new int[1024];
  byte[] kinds = new byte[1024];
  private final LongSet spilled = new LongSet();
  private final boolean symmetry;

  EdgeTable(boolean symmetry) {
    this.symmetry = symmetry;
  }

  int size() {
    return edges;
  }

  /**
   * Adds one coordinated pair between accounts {@code a} and {@code b} (either order) with their
   * contents, on {@code object}, {@code delta} seconds apart.
   */
  void add(int a, int ca, int b, int cb, int object, long delta, int kindBit, boolean fast) {
    if (a > b) {
      int t = a;
      a = b;
      b = t;
      t = ca;
      ca = cb;
      cb = t;
    }
    int e = edge(((long) a << 32) | b);
    if (weight[e] == 0) {
      firstContentA[e] = ca;
      firstContentB[e] = cb;
      contentsA[e] = 1;
      contentsB[e] = 1;
      lastObject[e] = -1;
    } else if (symmetry) {
      contentsA[e] += newContent(e, 0, ca, firstContentA[e], contentsA[e]);
      contentsB[e] += newContent(e, 1, cb, firstContentB[e], contentsB[e]);
    }
    weight[e]++;
    if (fast) {
      fastWeight[e]++;
    }
    if (lastObject[e] != object) {
      lastObject[e] = object;
      objects[e]++;
    }
    sumDelta[e] += delta;
    kinds[e] |= (byte) kindBit;
  }

  /** 1 when {@code c} is a content this side of edge {@code e} had not had, else 0. */
  private int newContent(int e, int side, int c, int first, int count) {
    if (count == 1) {
      if (c == first) {
        return 0;
      }
      spilled.add(triple(e, side, first));
    }
    return spilled.add(triple(e, side, c)) ? 1 : 0;
  }

  private static long triple(int e, int side, int content) {
    return ((long) e << 33) | ((long) side << 32) | (content & 0xffffffffL);
  }

  private int edge(long k) {
    int mask = slots.length - 1;
    for (int i = (int) LongSet.mix(k) & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == 0) {
        return insert(i, k);
      }
      if (s == k) {
        return slotEdge[i];
      }
    }
  }

  private int insert(int slot, long k) {
    int e = edges++;
    if (e == key.length) {
      growData();
    }
    key[e] = k;
    slots[slot] = k;
    slotEdge[slot] = e;
    if (edges * 4L >= slots.length * 3L) {
      rehash();
    }
    return e;
  }

  private void rehash() {
    long[] oldSlots = slots;
    int[] oldEdge = slotEdge;
    slots = new long[oldSlots.length * 2];
    slotEdge = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int j = 0; j < oldSlots.length; j++) {
      long k = oldSlots[j];
      if (k != 0) {
        int i = (int) LongSet.mix(k) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = k;
        slotEdge[i] = oldEdge[j];
      }
    }
  }

  private void growData() {
    int n = key.length + (key.length >> 1);
    key = Arrays.copyOf(key, n);
    weight = Arrays.copyOf(weight, n);
    fastWeight = Arrays.copyOf(fastWeight, n);
    objects = Arrays.copyOf(objects, n);
    lastObject = Arrays.copyOf(lastObject, n);
    sumDelta = Arrays.copyOf(sumDelta, n);
    firstContentA = Arrays.copyOf(firstContentA, n);
    firstContentB = Arrays.copyOf(firstContentB, n);
    contentsA = Arrays.copyOf(contentsA, n);
    contentsB = Arrays.copyOf(contentsB, n);
    kinds = Arrays.copyOf(kinds, n);
  }
}
