package org.vigie.analytics.influence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted directed graph of accounts held in int-indexed arrays (compressed sparse rows), small
 * enough for a million edges in a few tens of megabytes. Parallel edges are merged (weights add
 * up), self-loops dropped. Immutable and thread-safe once built.
 *
 * <p>Node {@code i}'s out-edges are {@code outTarget[outStart[i] .. outStart[i+1])}, sorted by
 * target; its in-edges {@code inSource[inStart[i] .. inStart[i+1])}, sorted by source.
 */
public final class InfluenceGraph {
  private final String[] keys;
  private final Map<String, Integer> index;
  final int[] outStart;
  final int[] outTarget;
  final double[] outWeight;
  final int[] inStart;
  final int[] inSource;
  final double[] inWeight;
  final double[] outStrength;

  private InfluenceGraph(
      String[] keys,
      Map<String, Integer> index,
      int[] outStart,
      int[] outTarget,
      double[] outWeight) {
    this.keys = keys;
    this.index = index;
    this.outStart = outStart;
    this.outTarget = outTarget;
    this.outWeight = outWeight;
    int n = keys.length;
    this.outStrength = new double[n];
    int[] inCount = new int[n + 1];
    for (int u = 0; u < n; u++) {
      for (int e = outStart[u]; e < outStart[u + 1]; e++) {
        outStrength[u] += outWeight[e];
        inCount[outTarget[e] + 1]++;
      }
    }
    for (int v = 0; v < n; v++) {
      inCount[v + 1] += inCount[v];
    }
    this.inStart = inCount.clone();
    this.inSource = new int[outTarget.length];
    this.inWeight = new double[outTarget.length];
    int[] next = Arrays.copyOf(inCount, n);
    for (int u = 0; u < n; u++) {
      for (int e = outStart[u]; e < outStart[u + 1]; e++) {
        int at = next[outTarget[e]]++;
        inSource[at] = u;
        inWeight[at] = outWeight[e];
      }
    }
  }

  /**
   * The graph of the edges of this kind; {@code accounts} are nodes even without an edge (in their
   * order, then the edges' other accounts as first seen).
   */
  public static InfluenceGraph build(
      List<InfluenceEdge> edges, GraphKind kind, Iterable<String> accounts) {
    Map<String, Integer> index = new HashMap<>();
    for (String a : accounts) {
      index.putIfAbsent(a, index.size());
    }
    int m = 0;
    int[] from = new int[edges.size()];
    int[] to = new int[edges.size()];
    double[] w = new double[edges.size()];
    for (InfluenceEdge e : edges) {
      if (kind.includes(e.kind()) && !e.from().equals(e.to())) {
        from[m] = index.computeIfAbsent(e.from(), k -> index.size());
        to[m] = index.computeIfAbsent(e.to(), k -> index.size());
        w[m++] = e.weight();
      }
    }
    String[] keys = new String[index.size()];
    index.forEach((k, i) -> keys[i] = k);
    return fromArrays(keys, index, from, to, w, m);
  }

  /** The graph of {@code m} edges {@code from[i] → to[i]} between nodes {@code 0..keys.length}. */
  public static InfluenceGraph of(String[] keys, int[] from, int[] to, double[] w, int m) {
    Map<String, Integer> index = new HashMap<>(keys.length * 2);
    for (int i = 0; i < keys.length; i++) {
      index.put(keys[i], i);
    }
    return fromArrays(keys.clone(), index, from, to, w, m);
  }

  private static InfluenceGraph fromArrays(
      String[] keys, Map<String, Integer> index, int[] from, int[] to, double[] w, int m) {
    int n = keys.length;
    int[] start = new int[n + 1];
    for (int i = 0; i < m; i++) {
      if (from[i] != to[i]) {
        start[from[i] + 1]++;
      }
    }
    for (int u = 0; u < n; u++) {
      start[u + 1] += start[u];
    }
    long[] slot = new long[start[n]];
    double[] weights = new double[start[n]];
    int[] next = Arrays.copyOf(start, n);
    for (int i = 0; i < m; i++) {
      if (from[i] != to[i]) {
        int at = next[from[i]]++;
        slot[at] = ((long) to[i] << 32) | at;
        weights[at] = w[i];
      }
    }
    return merged(keys, index, start, slot, weights);
  }

  /** Sorts each row by target and adds up the weights of parallel edges. */
  private static InfluenceGraph merged(
      String[] keys, Map<String, Integer> index, int[] start, long[] slot, double[] weights) {
    int n = keys.length;
    int[] outStart = new int[n + 1];
    int[] target = new int[slot.length];
    double[] weight = new double[slot.length];
    int k = 0;
    for (int u = 0; u < n; u++) {
      Arrays.sort(slot, start[u], start[u + 1]);
      outStart[u] = k;
      int last = -1;
      for (int e = start[u]; e < start[u + 1]; e++) {
        int v = (int) (slot[e] >>> 32);
        double we = weights[(int) slot[e]];
        if (v == last) {
          weight[k - 1] += we;
        } else {
          target[k] = v;
          weight[k++] = we;
          last = v;
        }
      }
    }
    outStart[n] = k;
    return new InfluenceGraph(
        keys, index, outStart, Arrays.copyOf(target, k), Arrays.copyOf(weight, k));
  }

  public int nodeCount() {
    return keys.length;
  }

  /** Distinct directed pairs. */
  public int edgeCount() {
    return outTarget.length;
  }

  public String key(int node) {
    return keys[node];
  }

  /** The node of an account key, or -1. */
  public int node(String key) {
    Integer i = index.get(key);
    return i == null ? -1 : i;
  }

  /** Calls {@code edge} for every distinct pair with its total weight, by source then target. */
  public void forEachEdge(EdgeVisitor edge) {
    for (int u = 0; u < keys.length; u++) {
      for (int e = outStart[u]; e < outStart[u + 1]; e++) {
        edge.visit(u, outTarget[e], outWeight[e]);
      }
    }
  }

  /** Sum of the weights of the edges into {@code node}. */
  public double inStrength(int node) {
    double s = 0;
    for (int e = inStart[node]; e < inStart[node + 1]; e++) {
      s += inWeight[e];
    }
    return s;
  }

  public double outStrength(int node) {
    return outStrength[node];
  }

  /** One edge of {@link #forEachEdge}. */
  @FunctionalInterface
  public interface EdgeVisitor {
    void visit(int from, int to, double weight);
  }

  /**
   * The undirected simple version: {@code u – v} when either points to the other, weighted by the
   * sum of both directions; rows sorted.
   */
  Undirected undirected() {
    int n = keys.length;
    int[] start = new int[n + 1];
    int[] nb = new int[outTarget.length * 2];
    double[] w = new double[outTarget.length * 2];
    int k = 0;
    for (int u = 0; u < n; u++) {
      start[u] = k;
      int i = outStart[u];
      int j = inStart[u];
      while (i < outStart[u + 1] || j < inStart[u + 1]) {
        int a = i < outStart[u + 1] ? outTarget[i] : Integer.MAX_VALUE;
        int b = j < inStart[u + 1] ? inSource[j] : Integer.MAX_VALUE;
        int v = Math.min(a, b);
        double weight = 0;
        if (a == v) {
          weight += outWeight[i++];
        }
        if (b == v) {
          weight += inWeight[j++];
        }
        nb[k] = v;
        w[k++] = weight;
      }
    }
    start[n] = k;
    return new Undirected(start, Arrays.copyOf(nb, k), Arrays.copyOf(w, k));
  }

  /** Adjacency rows of the undirected simple graph. */
  record Undirected(int[] start, int[] neighbour, double[] weight) {
    int degree(int u) {
      return start[u + 1] - start[u];
    }
  }
}
