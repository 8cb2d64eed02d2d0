package org.vigie.link.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.document.ClaimReview;

/**
 * Measures claim matching on labelled claim/post pairs as the archive runs it: every distinct claim
 * of the set is indexed, and a pair counts as matched when its post retrieves its claim among the
 * candidates and scores at least the threshold. The pairs are split in two halves by a hash of the
 * post: the threshold that gives the best F1 on the tuning half is reported, and precision and
 * recall at the matcher's threshold ({@link ClaimMatcher#THRESHOLD}) on the held-out half and on
 * all pairs.
 */
public final class ClaimMatchEvaluation {
  private ClaimMatchEvaluation() {}

  /** Precision, recall and F1 at a threshold over some pairs. */
  public record Figures(int pairs, int positives, int truePositives, int falsePositives) {
    public double precision() {
      int flagged = truePositives + falsePositives;
      return flagged == 0 ? 1 : (double) truePositives / flagged;
    }

    public double recall() {
      return positives == 0 ? 1 : (double) truePositives / positives;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * What the evaluation found.
   *
   * @param claims the distinct claims indexed
   * @param tunedThreshold the threshold with the best F1 on the tuning half
   * @param threshold the matcher's threshold, at which the figures below are given
   * @param tuning the tuning half at {@code threshold}
   * @param heldOut the held-out half at {@code threshold}
   * @param all every pair at {@code threshold}
   */
  public record Result(
      int claims,
      double tunedThreshold,
      double threshold,
      Figures tuning,
      Figures heldOut,
      Figures all) {}

  /** Runs the evaluation at {@link ClaimMatcher#THRESHOLD}. */
  public static Result run(List<ClaimPairs.Pair> pairs) {
    return run(pairs, ClaimMatcher.THRESHOLD);
  }

  public static Result run(List<ClaimPairs.Pair> pairs, double threshold) {
    Map<String, KnownClaim> claims = new LinkedHashMap<>();
    for (ClaimPairs.Pair p : pairs) {
      claims.computeIfAbsent(p.claim(), c -> new KnownClaim(claims.size() + 1, review(c)));
    }
    try (ClaimIndex index = new ClaimIndex(ClaimVocabulary.standard())) {
      index.addAll(claims.values());
      ClaimMatcher matcher = new ClaimMatcher(index, 0.0);
      List<Scored> tuning = new ArrayList<>();
      List<Scored> heldOut = new ArrayList<>();
      for (ClaimPairs.Pair p : pairs) {
        Scored s = new Scored(p.restates(), scoreOf(matcher, claims.get(p.claim()), p.post()));
        (tuningHalf(p.post()) ? tuning : heldOut).add(s);
      }
      List<Scored> all = new ArrayList<>(tuning);
      all.addAll(heldOut);
      return new Result(
          claims.size(),
          bestThreshold(tuning),
          threshold,
          figures(tuning, threshold),
          figures(heldOut, threshold),
          figures(all, threshold));
    }
  }

  /** The claim's score among the post's matches, 0 when it was not retrieved. */
  private static double scoreOf(ClaimMatcher matcher, KnownClaim claim, String post) {
    for (ClaimMatch m : matcher.match(post, List.of())) {
      if (m.claim().id() == claim.id()) {
        return m.score();
      }
    }
    return 0;
  }

  private static double bestThreshold(List<Scored> scored) {
    double best = ClaimMatcher.THRESHOLD;
    double bestF1 = -1;
    for (int i = 10; i <= 90; i++) {
      double t = i / 100.0;
      double f1 = figures(scored, t).f1();
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }

  private static Figures figures(List<Scored> scored, double threshold) {
    int positives = 0;
    int tp = 0;
    int fp = 0;
    for (Scored s : scored) {
      boolean flagged = s.score >= threshold && s.score > 0;
      positives += s.restates ? 1 : 0;
      tp += flagged && s.restates ? 1 : 0;
      fp += flagged && !s.restates ? 1 : 0;
    }
    return new Figures(scored.size(), positives, tp, fp);
  }

  /** Half of the pairs, chosen by the post's SHA-256 (its first byte even). */
  static boolean tuningHalf(String post) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(post.getBytes(StandardCharsets.UTF_8));
      return (h[0] & 1) == 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ClaimReview review(String claim) {
    return new ClaimReview(
        null, claim, null, null, null, null, null, null, null, null, null, "fr", List.of());
  }

  private record Scored(boolean restates, double score) {}
}
