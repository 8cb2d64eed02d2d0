package org.vigie.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.search.Histogram;
import org.vigie.search.Histogram.Bucket;
import org.vigie.search.Interval;
import org.vigie.search.Query;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Searcher;

class TrendSeriesTest {
  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

  @Test
  void seriesShareOneAxisFromTheFirstBucketToTheLastWithZerosBetween() {
    TrendSeries t =
        TrendSeries.align(
            List.of(
                new Histogram(
                    Interval.MONTH, List.of(new Bucket(JAN, 4), new Bucket(JAN.plusMonths(3), 1))),
                new Histogram(Interval.MONTH, List.of(new Bucket(JAN.plusMonths(1), 7))),
                new Histogram(Interval.MONTH, List.of())),
            Interval.MONTH);

    assertThat(t.starts())
        .containsExactly(JAN, JAN.plusMonths(1), JAN.plusMonths(2), JAN.plusMonths(3));
    assertThat(t.counts().get(0)).containsExactly(4, 0, 0, 1);
    assertThat(t.counts().get(1)).containsExactly(0, 7, 0, 0);
    assertThat(t.counts().get(2)).containsExactly(0, 0, 0, 0);
  }

  @Test
  void nothingCountedGivesAnEmptyAxis() {
    TrendSeries t =
        TrendSeries.align(List.of(new Histogram(Interval.WEEK, List.of())), Interval.WEEK);
    assertThat(t.starts()).isEmpty();
    assertThat(t.counts().getFirst()).isEmpty();
    assertThat(t.spikes()).containsExactly(List.of());
  }

  @Test
  void aBurstIsMarkedAsASpikeOfItsSeries() {
    long[] weekly = {2, 3, 2, 3, 2, 3, 2, 3, 14, 3};
    Map<String, long[]> byQuery = Map.of("routes", weekly);
    Searcher searcher =
        new Searcher() {
          @Override
          public SearchResult search(SearchRequest request) {
            throw new AssertionError("counts need no search");
          }

          @Override
          public Histogram histogram(SearchRequest request, Interval interval) {
            long[] c = byQuery.get(((Query.Phrase) request.query()).text());
            List<Bucket> buckets =
                java.util.stream.IntStream.range(0, c.length)
                    .mapToObj(i -> new Bucket(JAN.plusWeeks(i), c[i]))
                    .toList();
            return new Histogram(interval, buckets);
          }
        };

    TrendSeries t =
        TrendSeries.count(searcher, List.of(new Query.Phrase("text", "routes")), Interval.WEEK);

    assertThat(t.starts()).hasSize(10).startsWith(JAN, JAN.plusWeeks(1));
    assertThat(t.spikes()).containsExactly(List.of(8));
  }
}
