package org.vigie.bench;

import java.util.Arrays;
import java.util.Locale;

/** Measured durations in nanoseconds, with their percentiles (nearest rank). */
record Latencies(long[] sortedNanos) {
  static Latencies of(long[] nanos, int count) {
    long[] copy = Arrays.copyOf(nanos, count);
    Arrays.sort(copy);
    return new Latencies(copy);
  }

  int count() {
    return sortedNanos.length;
  }

  /** The p-th percentile in milliseconds, {@code p} in (0, 100]. */
  double millis(double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
    return sortedNanos[Math.max(0, rank - 1)] / 1e6;
  }

  String summary() {
    return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", millis(50), millis(95), millis(99));
  }
}
