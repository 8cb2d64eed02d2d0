package org.vigie.store.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.lucene.IndexFields;

/**
 * Counts matching documents per date bucket from the publication time's doc values; undated
 * documents are counted apart, never on the day they were fetched. Counts are kept per day and
 * folded into weeks, months or years at the end, so the cost per hit is one doc-value read and one
 * map increment.
 */
final class HistogramCollectorManager
    implements CollectorManager<HistogramCollectorManager.DayCounter, Histogram> {
  private static final long DAY_MILLIS = 86_400_000L;
  private final Interval interval;

  HistogramCollectorManager(Interval interval) {
    this.interval = Objects.requireNonNull(interval, "interval");
  }

  @Override
  public DayCounter newCollector() {
    return new DayCounter();
  }

  @Override
  public Histogram reduce(Collection<DayCounter> collectors) {
    Map<LocalDate, Long> buckets = new HashMap<>();
    long undated = 0;
    for (DayCounter c : collectors) {
      undated += c.undated;
      c.days.forEach(
          (day, n) ->
              buckets.merge(bucketStart(LocalDate.ofEpochDay(day), interval), n, Long::sum));
    }
    if (buckets.isEmpty()) {
      return new Histogram(interval, List.of(), undated);
    }
    LocalDate first = buckets.keySet().stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate last = buckets.keySet().stream().max(LocalDate::compareTo).orElseThrow();
    List<Histogram.Bucket> list = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = next(d, interval)) {
      list.add(new Histogram.Bucket(d, buckets.getOrDefault(d, 0L)));
    }
    return new Histogram(interval, list, undated);
  }

  /** The first day of the bucket holding {@code day}; weeks start on Monday. */
  static LocalDate bucketStart(LocalDate day, Interval interval) {
    return switch (interval) {
      case DAY -> day;
      case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  static LocalDate next(LocalDate start, Interval interval) {
    return switch (interval) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }

  /** Counts one slice of the index by UTC day. */
  static final class DayCounter implements Collector {
    private final Map<Long, Long> days = new HashMap<>();
    private long undated;

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      NumericDocValues published =
          DocValues.getNumeric(context.reader(), IndexFields.PUBLISHED_MILLIS);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (published.advanceExact(doc)) {
            days.merge(Math.floorDiv(published.longValue(), DAY_MILLIS), 1L, Long::sum);
          } else {
            undated++;
          }
        }
      };
    }
  }
}
