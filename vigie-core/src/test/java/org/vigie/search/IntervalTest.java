package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntervalTest {
  @Test
  void aParameterNamesItsIntervalInAnyCaseAndWeeksWhenAbsent() {
    assertThat(Interval.named(" Month ")).isEqualTo(Interval.MONTH);
    assertThat(Interval.named("day")).isEqualTo(Interval.DAY);
    assertThat(Interval.named(null)).isEqualTo(Interval.WEEK);
    assertThat(Interval.named("  ")).isEqualTo(Interval.WEEK);
  }

  @Test
  void aBadValueIsNamedWithTheAcceptedOnes() {
    assertThatThrownBy(() -> Interval.named("fortnight"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad interval 'fortnight': expected day, week, month or year");
  }
}
