package org.vigie.collect.sources;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How well a source is flowing: its documents per day and whether it has gone silent.
 *
 * @param days documents per day (UTC) over the chart's window, oldest first, empty days included
 * @param lastMonth documents in the 30 days ending now
 * @param lastDocument the time of its newest document, or {@code null} when it has none
 * @param usualInterval the median interval between its documents over the 30 days ending at its
 *     newest document, or {@code null} with fewer than three documents there
 * @param silent whether the time since its newest document exceeds its usual rhythm ({@link
 *     CoverageRule})
 */
public record Coverage(
    List<Day> days, long lastMonth, Instant lastDocument, Duration usualInterval, boolean silent) {

  public Coverage {
    days = List.copyOf(days);
  }

  /** One day of the chart. */
  public record Day(LocalDate day, long documents) {}

  /** Average documents per day over the last 30 days. */
  public double perDay() {
    return lastMonth / (double) CoverageRule.MONTH_DAYS;
  }
}
