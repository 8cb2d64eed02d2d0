package org.vigie.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;

class DateHistogramsTest {
  @Test
  void theUndatedSearchDropsTheBrushedRangeAndAddsTheFilterOnce() {
    assertThat(DateHistograms.undated("MINUSMA date:[2023-01-01 TO 2023-12-31]"))
        .isEqualTo("MINUSMA année:sans-date");
    assertThat(DateHistograms.undated("")).isEqualTo("année:sans-date");
    assertThat(DateHistograms.undated(null)).isEqualTo("année:sans-date");
    assertThat(DateHistograms.undated("Gao année:sans-date")).isEqualTo("Gao année:sans-date");
  }

  @Test
  void aHistogramWithUndatedMatchesSaysHowManyAndIsNotEmptyWithoutBars() {
    Histogram h =
        new Histogram(
            Interval.MONTH, List.of(new Histogram.Bucket(LocalDate.of(2023, 3, 1), 2)), 3);
    HistogramView v = DateHistograms.view(h, "MINUSMA", WebText.FRENCH, q -> "/?q=" + q);
    assertThat(v.bars()).hasSize(1);
    assertThat(v.undated()).isEqualTo("3 documents sans date");
    assertThat(v.undatedUrl()).isEqualTo("/?q=MINUSMA année:sans-date");
    assertThat(DateHistograms.view(h, "", WebText.ENGLISH, q -> q).undated())
        .isEqualTo("3 undated documents");

    HistogramView onlyUndated =
        DateHistograms.view(new Histogram(Interval.DAY, List.of(), 1), "", WebText.FRENCH, q -> q);
    assertThat(onlyUndated.empty()).isFalse();
    assertThat(onlyUndated.undated()).isEqualTo("1 document sans date");
    assertThat(
            DateHistograms.view(new Histogram(Interval.DAY, List.of()), "", WebText.FRENCH, q -> q)
                .empty())
        .isTrue();
  }
}
