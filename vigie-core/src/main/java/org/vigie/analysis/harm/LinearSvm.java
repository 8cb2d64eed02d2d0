package org.vigie.analysis.harm;

import java.util.List;
import java.util.Random;

/**
 * An L2-regularised, squared-hinge-loss linear SVM trained by dual coordinate descent (the method
 * of Hsieh et al., ICML 2008), with a bias feature and a weight on the positive class's cost.
 * Deterministic for a given seed.
 */
final class LinearSvm {
  /** Weights over the buckets and the bias. */
  record Weights(float[] w, float bias) {
    double margin(HarmVector x) {
      return x.dot(w) + bias;
    }
  }

  private LinearSvm() {}

  static Weights train(
      List<HarmVector> xs,
      boolean[] ys,
      int dimension,
      double c,
      double positiveWeight,
      long seed) {
    int n = xs.size();
    float[] w = new float[dimension];
    double bias = 0;
    double[] alpha = new double[n];
    double[] diag = new double[n];
    double[] q = new double[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      double ci = ys[i] ? c * positiveWeight : c;
      diag[i] = 0.5 / ci;
      q[i] = xs.get(i).squaredNorm() + 1 + diag[i];
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < 60; epoch++) {
      shuffle(order, random);
      double maxChange = 0;
      for (int i : order) {
        HarmVector x = xs.get(i);
        double y = ys[i] ? 1 : -1;
        double g = y * (x.dot(w) + bias) - 1 + diag[i] * alpha[i];
        double pg = alpha[i] == 0 ? Math.min(g, 0) : g;
        if (Math.abs(pg) < 1e-12) {
          continue;
        }
        double old = alpha[i];
        alpha[i] = Math.max(old - g / q[i], 0);
        double step = (alpha[i] - old) * y;
        for (int k = 0; k < x.index().length; k++) {
          w[x.index()[k]] += (float) (step * x.value()[k]);
        }
        bias += step;
        maxChange = Math.max(maxChange, Math.abs(pg));
      }
      if (maxChange < 1e-3) {
        break;
      }
    }
    return new Weights(w, (float) bias);
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
