package org.vigie.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpikesTest {
  private final Spikes spikes = Spikes.standard();

  @Test
  void aBurstAfterACalmPeriodIsASpike() {
    long[] counts = {2, 3, 2, 3, 2, 3, 2, 3, 14, 3};
    assertThat(spikes.find(counts)).containsExactly(8);
  }

  @Test
  void steadyGrowthAndNoiseAreNot() {
    assertThat(spikes.find(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})).isEmpty();
    assertThat(spikes.find(new long[] {5, 9, 4, 10, 6, 8, 5, 11, 7, 12})).isEmpty();
  }

  @Test
  void tooLittleHistoryOrTooFewDocumentsIsNeverASpike() {
    assertThat(spikes.find(new long[] {0, 0, 50})).isEmpty();
    assertThat(spikes.find(new long[] {0, 0, 0, 0, 0, 2})).isEmpty();
    assertThat(spikes.find(new long[] {0, 0, 0, 0, 0, 3})).containsExactly(5);
  }
}
