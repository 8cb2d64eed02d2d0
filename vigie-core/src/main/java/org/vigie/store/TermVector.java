package org.vigie.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A document's weighted terms, heaviest first, scaled to unit length. Immutable.
 *
 * @param terms the terms, heaviest first
 * @param weights their weights, in the same order; the sum of their squares is 1 (or 0 when empty)
 */
public record TermVector(String[] terms, float[] weights) {
  public TermVector {
    if (terms.length != weights.length) {
      throw new IllegalArgumentException(
          "terms and weights differ in length: " + terms.length + " and " + weights.length);
    }
  }

  /** The {@code max} heaviest of these weights, scaled to unit length. */
  public static TermVector of(Map<String, Double> weights, int max) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(
        Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
    int n = Math.min(max, entries.size());
    double norm = 0;
    for (int i = 0; i < n; i++) {
      norm += entries.get(i).getValue() * entries.get(i).getValue();
    }
    norm = Math.sqrt(norm);
    String[] t = new String[n];
    float[] w = new float[n];
    for (int i = 0; i < n; i++) {
      t[i] = entries.get(i).getKey();
      w[i] = norm == 0 ? 0f : (float) (entries.get(i).getValue() / norm);
    }
    return new TermVector(t, w);
  }

  public int size() {
    return terms.length;
  }

  /** The {@code n} heaviest terms. */
  public List<String> top(int n) {
    return List.of(Arrays.copyOf(terms, Math.min(n, terms.length)));
  }

  /** The dot product with a sparse vector. */
  public double dot(Map<String, Double> other) {
    double sum = 0;
    for (int i = 0; i < terms.length; i++) {
      sum += weights[i] * other.getOrDefault(terms[i], 0.0);
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermVector v
        && Arrays.equals(terms, v.terms)
        && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("TermVector[");
    for (int i = 0; i < terms.length; i++) {
      s.append(i == 0 ? "" : ", ").append(terms[i]).append('=').append(weights[i]);
    }
    return s.append(']').toString();
  }
}
