package org.vigie.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the buckets of a time series that stand out from what preceded them: a bucket is a spike
 * when its count exceeds the mean of the preceding window by more than {@code sigmas} standard
 * deviations, and is at least {@code minCount}. The first buckets, before a window of {@code
 * minHistory} exists, are never spikes. Pure arithmetic, testable on arrays.
 *
 * @param window how many preceding buckets make the baseline
 * @param minHistory how many preceding buckets are needed at least
 * @param sigmas how far above the baseline's mean a spike is, in standard deviations
 * @param minCount the smallest count that can be a spike (two documents are not an event)
 */
public record Spikes(int window, int minHistory, double sigmas, long minCount) {

  /** A window of 8 buckets (at least 4), mean + 3σ, at least 3 documents. */
  public static Spikes standard() {
    return new Spikes(8, 4, 3.0, 3);
  }

  /** The indexes of the spikes in {@code counts}, in order. */
  public List<Integer> find(long[] counts) {
    List<Integer> spikes = new ArrayList<>();
    for (int i = minHistory; i < counts.length; i++) {
      int from = Math.max(0, i - window);
      int n = i - from;
      double mean = 0;
      for (int k = from; k < i; k++) {
        mean += counts[k];
      }
      mean /= n;
      double variance = 0;
      for (int k = from; k < i; k++) {
        variance += (counts[k] - mean) * (counts[k] - mean);
      }
      double sd = Math.sqrt(variance / n);
      if (counts[i] >= minCount && counts[i] > mean + sigmas * sd) {
        spikes.add(i);
      }
    }
    return spikes;
  }
}
