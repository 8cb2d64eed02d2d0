package org.vigie.analytics.coordination;

/**
 * How coordination is detected, with the meaning of the R package CooRTweet's {@code detect_groups}
 * and {@code generate_coordinated_network}.
 *
 * @param window two shares of an object are a pair when at most this many seconds apart (inclusive)
 * @param minParticipation an account needs this many shares to be considered, and this many shares
 *     whose content is in a pair to pass the post-filter
 * @param edgeQuantile edges whose weight is strictly above this quantile (R's type 7) of all edge
 *     weights are flagged; 0.5 is the median
 * @param fastWindow pairs at most this many seconds apart are also counted as fast (0: none)
 * @param edgeSymmetry whether to compute each edge's symmetry score: the distinct contents of an
 *     edge with several pairs are kept in a set that grows with those pairs (not only with edges),
 *     so a run on a bot farm that repeats millions of pairs between the same accounts may turn it
 *     off (the score is then NaN)
 */
public record CoordinationSettings(
    long window, int minParticipation, double edgeQuantile, long fastWindow, boolean edgeSymmetry) {
  public CoordinationSettings {
    if (window < 0) {
      throw new IllegalArgumentException("window must be >= 0 seconds, not " + window);
    }
    if (minParticipation < 1) {
      throw new IllegalArgumentException("minParticipation must be >= 1, not " + minParticipation);
    }
    if (!(edgeQuantile >= 0 && edgeQuantile <= 1)) {
      throw new IllegalArgumentException("edgeQuantile must be in [0, 1], not " + edgeQuantile);
    }
    if (fastWindow < 0 || fastWindow > window) {
      throw new IllegalArgumentException(
          "fastWindow must be in [0, window=" + window + "], not " + fastWindow);
    }
  }

  /** The given window and participation, the median as edge quantile, no fast window. */
  public static CoordinationSettings of(long window, int minParticipation) {
    return new CoordinationSettings(window, minParticipation, 0.5, 0, true);
  }

  public CoordinationSettings withFastWindow(long seconds) {
    return new CoordinationSettings(window, minParticipation, edgeQuantile, seconds, edgeSymmetry);
  }

  public CoordinationSettings withEdgeQuantile(double q) {
    return new CoordinationSettings(window, minParticipation, q, fastWindow, edgeSymmetry);
  }

  public CoordinationSettings withoutEdgeSymmetry() {
    return new CoordinationSettings(window, minParticipation, edgeQuantile, fastWindow, false);
  }
}
