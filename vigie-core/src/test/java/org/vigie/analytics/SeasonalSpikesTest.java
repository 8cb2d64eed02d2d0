package org.vigie.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Spikes against the same hour of the previous days, on replayed hourly series. */
class SeasonalSpikesTest {
  private static final SeasonalSpikes SPIKES = SeasonalSpikes.standard();

  /** A newsroom's day: quiet at night, busy from 08:00 to 20:00, with Poisson-like noise. */
  private static long[] days(int days, long seed) {
    Random random = new Random(seed);
    long[] hourly = new long[24 * days];
    for (int i = 0; i < hourly.length; i++) {
      int hour = i % 24;
      double mean = hour < 7 ? 1 : hour < 20 ? 8 + 4 * Math.sin((hour - 7) / 13.0 * Math.PI) : 3;
      hourly[i] = poisson(random, mean);
    }
    return hourly;
  }

  private static long poisson(Random random, double mean) {
    double l = Math.exp(-mean);
    double p = 1;
    long k = 0;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }

  @Test
  void aFiveTimesHourInFourteenDaysIsFlaggedAndNothingElse() {
    for (long seed = 1; seed <= 20; seed++) {
      long[] series = days(14, seed);
      int injected = 12 * 24 + 10;
      series[injected] = Math.max(5, series[injected]) * 5;
      assertThat(SPIKES.find(series)).as("seed " + seed).containsExactly(injected);
    }
  }

  @Test
  void sevenOrdinaryDaysRaiseNothing() {
    for (long seed = 1; seed <= 20; seed++) {
      assertThat(SPIKES.find(days(7, seed))).as("seed " + seed).isEmpty();
    }
  }

  @Test
  void sevenFlatDaysOfSmallCountsRaiseNothing() {
    long[] flat = new long[24 * 7];
    java.util.Arrays.fill(flat, 2);
    flat[100] = 4;
    assertThat(SPIKES.find(flat)).isEmpty();
  }
}
