package org.vigie.analytics;

import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.SearchRequest;
import org.vigie.search.Searcher;

/**
 * The date histogram of a search at the interval that gives a readable number of bars: years over a
 * long archive, months by default, days (or weeks) over a few weeks.
 */
public final class AutoHistogram {
  /** The most bars a histogram shows before it switches to a wider interval. */
  public static final int MAX_BARS = 80;

  private AutoHistogram() {}

  /**
   * @throws UnsupportedOperationException when the backend counts no histograms
   */
  public static Histogram of(Searcher searcher, SearchRequest request) {
    Histogram months = searcher.histogram(request, Interval.MONTH);
    int n = months.buckets().size();
    if (n > MAX_BARS) {
      return searcher.histogram(request, Interval.YEAR);
    }
    if (n <= 3) {
      Histogram days = searcher.histogram(request, Interval.DAY);
      return days.buckets().size() <= MAX_BARS ? days : searcher.histogram(request, Interval.WEEK);
    }
    return months;
  }
}
