package org.vigie.analytics.influence;

import java.util.Arrays;

/**
 * Weighted PageRank over an {@link InfluenceGraph}, with the semantics of JGraphT 1.5.3's {@code
 * PageRank}: scores start at 1/n; each iteration gives every node {@code (1-d)/n}, plus {@code d}
 * times the share {@code w(u,v)/outStrength(u)} of each in-neighbour's score, plus {@code 1/n} of
 * the total score of the dangling nodes (those without out-edges), so scores always sum to 1.
 * Iterations stop when no score moves by {@code tolerance} or more, or after {@code maxIterations}.
 */
public final class WeightedPageRank {
  private WeightedPageRank() {}

  public static Scores compute(
      InfluenceGraph g, double damping, int maxIterations, double tolerance) {
    if (!(damping >= 0 && damping <= 1)) {
      throw new IllegalArgumentException("damping must be in [0, 1], got " + damping);
    }
    int n = g.nodeCount();
    double[] cur = new double[n];
    double[] next = new double[n];
    Arrays.fill(cur, n == 0 ? 0 : 1.0 / n);
    double change = tolerance;
    int iterations = 0;
    while (iterations < maxIterations && change >= tolerance) {
      double tele = teleport(g, cur, damping);
      change = 0;
      for (int v = 0; v < n; v++) {
        double s = 0;
        for (int e = g.inStart[v]; e < g.inStart[v + 1]; e++) {
          int u = g.inSource[e];
          s += damping * cur[u] * g.inWeight[e] / g.outStrength[u];
        }
        next[v] = tele + s;
        change = Math.max(change, Math.abs(next[v] - cur[v]));
      }
      double[] t = cur;
      cur = next;
      next = t;
      iterations++;
    }
    return new Scores(cur, iterations, change < tolerance);
  }

  /** What every node receives whatever its in-edges: random jumps and dangling nodes' scores. */
  private static double teleport(InfluenceGraph g, double[] score, double damping) {
    double sum = 0;
    for (int u = 0; u < score.length; u++) {
      sum += g.outStart[u + 1] > g.outStart[u] ? (1 - damping) * score[u] : score[u];
    }
    return sum / score.length;
  }

  /** What {@code from}'s score gives {@code to} through their edge of weight {@code w}. */
  static double contribution(InfluenceGraph g, double[] score, int from, double w, double damping) {
    return score[from] * damping * w / g.outStrength[from];
  }
}
