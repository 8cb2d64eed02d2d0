package org.vigie.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Spikes in an hourly series, judged against the same hour of the previous days (news has a daily
 * rhythm: 09:00 is busier than 03:00). An hour is a spike when its count is at least {@code
 * minCount}, at least {@code minRatio} times the baseline's mean, and so far above it that a
 * Poisson count of the baseline's rate would reach it with a probability under {@code p}; the rate
 * is the baseline's mean plus its standard deviation, so that a noisy baseline asks for more.
 * Counts of news are Poisson-like: a z-score on few small counts raises false alarms that this test
 * does not.
 *
 * @param days how many previous days make the baseline (at least 3 needed)
 * @param p the largest chance of such a count without an event
 * @param minCount the smallest count that can be a spike
 * @param minRatio the smallest ratio to the baseline's mean
 */
public record SeasonalSpikes(int days, double p, long minCount, double minRatio) {
  private static final int MIN_DAYS = 3;

  /** Seven days of baseline, p < 10⁻⁵, at least 5 documents and twice the usual. */
  public static SeasonalSpikes standard() {
    return new SeasonalSpikes(7, 1e-5, 5, 2.0);
  }

  /** Whether {@code count} stands out from the same hour of the previous days. */
  public boolean isSpike(long count, long[] sameHourBefore) {
    if (sameHourBefore.length < MIN_DAYS || count < minCount) {
      return false;
    }
    double mean = 0;
    for (long c : sameHourBefore) {
      mean += c;
    }
    mean /= sameHourBefore.length;
    double variance = 0;
    for (long c : sameHourBefore) {
      variance += (c - mean) * (c - mean);
    }
    double rate = Math.max(0.5, mean + Math.sqrt(variance / sameHourBefore.length));
    return count >= minRatio * mean && poissonTail(count, rate) < p;
  }

  /** P(X ≥ k) for X ~ Poisson(λ), summed in log space from k upwards. */
  static double poissonTail(long k, double lambda) {
    double logTerm = k * Math.log(lambda) - lambda - logFactorial(k);
    double sum = 0;
    for (long i = k; i < k + 1000; i++) {
      double term = Math.exp(logTerm);
      sum += term;
      if (term < sum * 1e-12) {
        break;
      }
      logTerm += Math.log(lambda) - Math.log(i + 1);
    }
    return Math.min(1, sum);
  }

  private static double logFactorial(long n) {
    double s = 0;
    for (long i = 2; i <= n; i++) {
      s += Math.log(i);
    }
    return s;
  }

  /** The same hour of the previous {@link #days} days before hour {@code i}, oldest first. */
  public long[] baseline(long[] hourly, int i) {
    int n = Math.min(days, i / 24);
    long[] before = new long[n];
    for (int k = 0; k < n; k++) {
      before[k] = hourly[i - 24 * (n - k)];
    }
    return before;
  }

  /** The spike hours of a whole series, in order (a replay). */
  public List<Integer> find(long[] hourly) {
    List<Integer> spikes = new ArrayList<>();
    for (int i = 24 * MIN_DAYS; i < hourly.length; i++) {
      if (isSpike(hourly[i], baseline(hourly, i))) {
        spikes.add(i);
      }
    }
    return spikes;
  }
}
