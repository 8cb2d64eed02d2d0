package org.vigie.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.PublishedTime;

/**
 * Counts documents per interval in memory proportional to the number of buckets, not of documents:
 * for backends that count by visiting matches. Not thread-safe.
 */
public final class HistogramCounts {
  private final Interval interval;
  private final TreeMap<LocalDate, Long> counts = new TreeMap<>();

  public HistogramCounts(Interval interval) {
    this.interval = interval;
  }

  /** The first day (UTC) of the interval holding a day; weeks start on Monday. */
  public static LocalDate bucketStart(LocalDate day, Interval interval) {
    return switch (interval) {
      case DAY -> day;
      case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The day a document counts on: its publication day, else its fetch day, else none. */
  public static LocalDate dayOf(AnalyzedDocument doc) {
    if (doc.published() != null) {
      return PublishedTime.toDate(doc.published());
    }
    return doc.fetchedAt() == null ? null : doc.fetchedAt().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** Counts one document (one without any date is not counted). */
  public void add(AnalyzedDocument doc) {
    LocalDate day = dayOf(doc);
    if (day != null) {
      counts.merge(bucketStart(day, interval), 1L, Long::sum);
    }
  }

  /** The buckets from the first to the last non-empty one, empty ones included. */
  public Histogram histogram() {
    List<Histogram.Bucket> buckets = new ArrayList<>();
    if (!counts.isEmpty()) {
      for (LocalDate d = counts.firstKey(); !d.isAfter(counts.lastKey()); d = next(d)) {
        buckets.add(new Histogram.Bucket(d, counts.getOrDefault(d, 0L)));
      }
    }
    return new Histogram(interval, buckets);
  }

  private LocalDate next(LocalDate start) {
    return switch (interval) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }
}
