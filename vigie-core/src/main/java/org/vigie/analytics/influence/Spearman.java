package org.vigie.analytics.influence;

import java.util.Arrays;

/** Spearman's rank correlation ρ, ties given their average rank (Pearson's r on the ranks). */
public final class Spearman {
  private Spearman() {}

  /** ρ of the pairs {@code (x[i], y[i])}; {@code NaN} for fewer than two or a constant side. */
  public static double rho(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length);
    }
    if (x.length < 2) {
      return Double.NaN;
    }
    return pearson(ranks(x), ranks(y));
  }

  /** 1-based ranks, ties averaged. */
  static double[] ranks(double[] x) {
    Integer[] order = new Integer[x.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double[] rank = new double[x.length];
    int i = 0;
    while (i < x.length) {
      int j = i;
      while (j + 1 < x.length && x[order[j + 1]] == x[order[i]]) {
        j++;
      }
      double average = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        rank[order[k]] = average;
      }
      i = j + 1;
    }
    return rank;
  }

  static double pearson(double[] a, double[] b) {
    double ma = Arrays.stream(a).average().orElse(0);
    double mb = Arrays.stream(b).average().orElse(0);
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (int i = 0; i < a.length; i++) {
      cov += (a[i] - ma) * (b[i] - mb);
      va += (a[i] - ma) * (a[i] - ma);
      vb += (b[i] - mb) * (b[i] - mb);
    }
    return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
  }
}
