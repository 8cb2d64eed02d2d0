package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void nearestRankPercentilesOfTheRecordedPart() {
    long[] nanos = new long[200];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L;
    }
    Latencies l = Latencies.of(nanos, 100);
    assertThat(l.count()).isEqualTo(100);
    assertThat(l.millis(50)).isEqualTo(50.0);
    assertThat(l.millis(99)).isEqualTo(99.0);
    assertThat(l.millis(100)).isEqualTo(100.0);
    assertThat(Latencies.of(nanos, 0).millis(50)).isNaN();
  }
}
