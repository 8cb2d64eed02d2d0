package org.vigie.analytics.influence;

import java.util.Arrays;

/**
 * Kleinberg's HITS on a weighted graph: an account's authority is the weighted sum of the hub
 * scores of those who point to it; its hub score the weighted sum of the authorities it points to.
 * Power iteration from uniform hub scores; after each step both vectors are scaled to sum to 1 (so
 * scores compare across graphs as shares); stops when no score moves by {@code tolerance} or more,
 * or after {@code maxIterations}. A graph without edges gives zeros.
 */
public final class Hits {
  private Hits() {}

  /** Hub and authority scores. */
  public record Result(double[] hub, double[] authority, int iterations, boolean converged) {}

  public static Result compute(InfluenceGraph g, int maxIterations, double tolerance) {
    int n = g.nodeCount();
    double[] hub = new double[n];
    double[] auth = new double[n];
    Arrays.fill(hub, n == 0 ? 0 : 1.0 / n);
    double change = Double.POSITIVE_INFINITY;
    int iterations = 0;
    while (iterations < maxIterations && change >= tolerance) {
      double[] a = new double[n];
      for (int v = 0; v < n; v++) {
        for (int e = g.inStart[v]; e < g.inStart[v + 1]; e++) {
          a[v] += g.inWeight[e] * hub[g.inSource[e]];
        }
      }
      normalise(a);
      double[] h = new double[n];
      for (int u = 0; u < n; u++) {
        for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
          h[u] += g.outWeight[e] * a[g.outTarget[e]];
        }
      }
      normalise(h);
      change = Math.max(maxDiff(a, auth), maxDiff(h, hub));
      auth = a;
      hub = h;
      iterations++;
    }
    return new Result(hub, auth, iterations, change < tolerance);
  }

  private static void normalise(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    if (sum > 0) {
      for (int i = 0; i < x.length; i++) {
        x[i] /= sum;
      }
    }
  }

  private static double maxDiff(double[] a, double[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d = Math.max(d, Math.abs(a[i] - b[i]));
    }
    return d;
  }
}
