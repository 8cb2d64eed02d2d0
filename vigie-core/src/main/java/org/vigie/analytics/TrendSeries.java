package org.vigie.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.Query;
import org.vigie.search.SearchRequest;
import org.vigie.search.Searcher;
import org.vigie.search.Sort;

/**
 * The volume over time of several queries on one time axis: every series has a count for every
 * bucket from the first bucket any series has to the last (zero where it has none), and its spikes
 * ({@link Spikes#standard()}) as bucket indexes. Only publication dates place a document on the
 * axis: documents without one are counted apart, per series, never on the day they were collected
 * (a batch of undated documents collected at once would otherwise make a spike).
 *
 * @param starts the first day of each bucket, in order
 * @param counts per series, in the order of the queries, one count per bucket
 * @param spikes per series, the indexes of the buckets that stand out
 * @param undated per series, its documents without a publication date
 */
public record TrendSeries(
    Interval interval,
    List<LocalDate> starts,
    List<long[]> counts,
    List<List<Integer>> spikes,
    List<Long> undated) {

  /** Whether no series has a document in the bucket at {@code index}. */
  public boolean emptyAt(int index) {
    return counts.stream().allMatch(c -> c[index] == 0);
  }

  /**
   * Counts each query's documents per {@code interval}.
   *
   * @throws UnsupportedOperationException when the backend counts no histograms
   */
  public static TrendSeries count(Searcher searcher, List<Query> queries, Interval interval) {
    List<Histogram> histograms = new ArrayList<>();
    for (Query q : queries) {
      histograms.add(
          searcher.histogram(
              new SearchRequest(q, Map.of(), Sort.NEWEST, 0, 0, List.of(), false), interval));
    }
    return align(histograms, interval);
  }

  /** Histograms at one interval put on one axis, their spikes marked. */
  public static TrendSeries align(List<Histogram> histograms, Interval interval) {
    LocalDate first = null;
    LocalDate last = null;
    for (Histogram h : histograms) {
      if (!h.buckets().isEmpty()) {
        LocalDate a = h.buckets().getFirst().start();
        LocalDate b = h.buckets().getLast().start();
        first = first == null || a.isBefore(first) ? a : first;
        last = last == null || b.isAfter(last) ? b : last;
      }
    }
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate d = first; d != null && !d.isAfter(last); d = next(d, interval)) {
      starts.add(d);
    }
    List<long[]> counts = new ArrayList<>();
    List<List<Integer>> spikes = new ArrayList<>();
    List<Long> undated = new ArrayList<>();
    for (Histogram h : histograms) {
      undated.add(h.undated());
      long[] c = new long[starts.size()];
      Map<LocalDate, Long> byStart = new HashMap<>();
      h.buckets().forEach(b -> byStart.put(b.start(), b.count()));
      for (int i = 0; i < c.length; i++) {
        c[i] = byStart.getOrDefault(starts.get(i), 0L);
      }
      counts.add(c);
      spikes.add(Spikes.standard().find(c));
    }
    return new TrendSeries(interval, starts, counts, spikes, undated);
  }

  /** The start of the bucket after the one starting on {@code d}. */
  static LocalDate next(LocalDate d, Interval interval) {
    return switch (interval) {
      case DAY -> d.plusDays(1);
      case WEEK -> d.plusWeeks(1);
      case MONTH -> d.plusMonths(1);
      case YEAR -> d.plusYears(1);
    };
  }
}
