package org.vigie.search;

import java.time.LocalDate;
import java.util.List;

/**
 * How many matching documents were published in each interval, from the first to the last non-empty
 * bucket, empty buckets included so that a chart's time axis is continuous. Documents without a
 * publication date are never placed on the day they were collected: they are counted apart, in
 * {@code undated}.
 *
 * @param undated how many matching documents have no publication date
 */
public record Histogram(Interval interval, List<Bucket> buckets, long undated) {

  public Histogram {
    buckets = List.copyOf(buckets);
  }

  /** A histogram of dated documents only. */
  public Histogram(Interval interval, List<Bucket> buckets) {
    this(interval, buckets, 0);
  }

  /** The number of dated documents it counts. */
  public long dated() {
    return buckets.stream().mapToLong(Bucket::count).sum();
  }

  /**
   * One interval.
   *
   * @param start its first day (UTC)
   */
  public record Bucket(LocalDate start, long count) {}
}
