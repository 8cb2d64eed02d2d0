package org.vigie.search;

import java.util.Locale;

/** The width of a date histogram's buckets. Weeks start on Monday; all buckets are in UTC. */
public enum Interval {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  /**
   * The interval a request parameter names ({@code day}, {@code week}, {@code month}, {@code year},
   * in any case); {@link #WEEK} when the parameter is absent or blank.
   *
   * @throws IllegalArgumentException naming the bad value and the accepted ones
   */
  public static Interval named(String value) {
    if (value == null || value.isBlank()) {
      return WEEK;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "bad interval '" + value + "': expected day, week, month or year", e);
    }
  }
}
