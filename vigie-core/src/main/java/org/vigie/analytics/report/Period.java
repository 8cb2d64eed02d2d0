package org.vigie.analytics.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.vigie.search.Query;
import org.vigie.search.SearchFields;

/**
 * The days a report covers, both included, as publication days (UTC, the days the index counts).
 */
public record Period(LocalDate from, LocalDate to) {
  public Period {
    if (from == null || to == null) {
      throw new IllegalArgumentException("a period needs a first and a last day");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the period ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** The week (Monday to Sunday) before the one holding {@code day}. */
  public static Period weekBefore(LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    return new Period(monday, monday.plusDays(6));
  }

  /** The calendar month before the one holding {@code day}. */
  public static Period monthBefore(LocalDate day) {
    LocalDate first = day.withDayOfMonth(1).minusMonths(1);
    return new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
  }

  /** How many days it covers. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /**
   * The period of the same length just before: the previous calendar month for a whole month, else
   * as many days.
   */
  public Period previous() {
    boolean wholeMonth =
        from.getDayOfMonth() == 1 && to.equals(from.with(TemporalAdjusters.lastDayOfMonth()));
    if (wholeMonth) {
      LocalDate first = from.minusMonths(1);
      return new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }
    return new Period(from.minusDays(days()), from.minusDays(1));
  }

  /** The publication-date range of the period. */
  public Query query() {
    return new Query.DateRange(SearchFields.PUBLISHED, from, to);
  }

  /** The period as a query's text, {@code published:[2024-03-18 TO 2024-03-24]}. */
  public String queryText() {
    return "published:[" + from + " TO " + to + "]";
  }
}
