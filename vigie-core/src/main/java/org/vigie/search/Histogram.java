package org.vigie.search;

import java.time.LocalDate;
import java.util.List;

/**
 * How many matching documents were published in each interval, from the first to the last non-empty
 * bucket, empty buckets included so that a chart's time axis is continuous.
 */
public record Histogram(Interval interval, List<Bucket> buckets) {

  public Histogram {
    buckets = List.copyOf(buckets);
  }

  /**
   * One interval.
   *
   * @param start its first day (UTC)
   */
  public record Bucket(LocalDate start, long count) {}
}
