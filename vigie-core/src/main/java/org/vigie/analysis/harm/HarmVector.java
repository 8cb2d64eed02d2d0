package org.vigie.analysis.harm;

/** A sparse feature vector: sorted distinct indices and their values. */
public record HarmVector(int[] index, float[] value) {
  /** The sublinear TF-IDF vector of counted features, L2-normalised. */
  static HarmVector tfIdf(HarmFeatures.Counted counted, float[] idf) {
    int n = counted.index().length;
    float[] value = new float[n];
    double norm = 0;
    for (int i = 0; i < n; i++) {
      float v = (float) ((1 + Math.log(counted.count()[i])) * idf[counted.index()[i]]);
      value[i] = v;
      norm += v * v;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < n; i++) {
      value[i] *= scale;
    }
    return new HarmVector(counted.index(), value);
  }

  HarmVector times(float[] scale) {
    float[] v = new float[value.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = value[i] * scale[index[i]];
    }
    return new HarmVector(index, v);
  }

  double dot(float[] weights) {
    double s = 0;
    for (int i = 0; i < index.length; i++) {
      s += weights[index[i]] * value[i];
    }
    return s;
  }

  double squaredNorm() {
    double s = 0;
    for (float v : value) {
      s += v * v;
    }
    return s;
  }
}
