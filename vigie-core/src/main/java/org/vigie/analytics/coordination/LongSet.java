package org.vigie.analytics.coordination;

/** An open-addressing set of longs other than {@link Long#MIN_VALUE}; no boxing. */
final class LongSet {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] slots = newSlots(16);
  private int size;

  /** Adds {@code v}; answers whether it was absent. */
  boolean add(long v) {
    if (size * 2 >= slots.length) {
      rehash();
    }
    int mask = slots.length - 1;
    for (int i = (int) mix(v) & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == EMPTY) {
        slots[i] = v;
        size++;
        return true;
      }
      if (s == v) {
        return false;
      }
    }
  }

  int size() {
    return size;
  }

  private void rehash() {
    long[] old = slots;
    slots = newSlots(old.length * 2);
    size = 0;
    for (long v : old) {
      if (v != EMPTY) {
        add(v);
      }
    }
  }

  private static long[] newSlots(int n) {
    long[] s = new long[n];
    java.util.Arrays.fill(s, EMPTY);
    return s;
  }

  static long mix(long v) {
    v ^= v >>> 33;
    v *= 0xff51afd7ed558ccdL;
    v ^= v >>> 33;
    return v;
  }
}
