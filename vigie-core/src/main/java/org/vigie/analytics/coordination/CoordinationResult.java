package org.vigie.analytics.coordination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What {@link CoordinationDetector} found: the coordinated network's edges, the shares behind them,
 * and what was left out by cause. Edges are materialized on demand ({@link #edge(int)}), so a
 * network of millions of edges stays in primitive arrays.
 */
public final class CoordinationResult {
  private final ShareLog log;
  private final CoordinationSettings settings;
  private final EdgeTable edges;
  private final long sharePairs;
  private final int[] shares;
  private final int[] coordinatedRows;
  private final int duplicates;
  private final int prefilteredRows;
  private final long skippedNoObject;
  private final double weightThreshold;
  private final boolean[] passes;

  CoordinationResult(
      ShareLog log,
      CoordinationSettings settings,
      EdgeTable edges,
      long sharePairs,
      int[] shares,
      int[] coordinatedRows,
      int duplicates,
      int prefilteredRows,
      long skippedNoObject,
      boolean[] passes) {
    this.log = log;
    this.settings = settings;
    this.edges = edges;
    this.sharePairs = sharePairs;
    this.shares = shares;
    this.coordinatedRows = coordinatedRows;
    this.duplicates = duplicates;
    this.prefilteredRows = prefilteredRows;
    this.skippedNoObject = skippedNoObject;
    this.passes = passes;
    this.weightThreshold =
        quantile7(Arrays.copyOf(edges.weight, edges.size()), settings.edgeQuantile());
  }

  /** The quantile of {@code values} by R's default (type 7) definition; 0 when empty. */
  static double quantile7(int[] values, double q) {
    if (values.length == 0) {
      return 0;
    }
    Arrays.sort(values);
    double h = (values.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, values.length - 1);
    return values[lo] + (h - lo) * (values[hi] - values[lo]);
  }

  public CoordinationSettings settings() {
    return settings;
  }

  /** Coordinated share pairs kept (the sum of edge weights). */
  public long sharePairs() {
    return sharePairs;
  }

  public int edgeCount() {
    return edges.size();
  }

  /** Edges are flagged when their weight is strictly above this. */
  public double weightThreshold() {
    return weightThreshold;
  }

  /** Identical shares counted once. */
  public int duplicates() {
    return duplicates;
  }

  /** Shares of accounts with fewer than minParticipation shares. */
  public int prefilteredRows() {
    return prefilteredRows;
  }

  /** Shares without an object. */
  public long skippedNoObject() {
    return skippedNoObject;
  }

  /** The {@code i}-th edge ({@code 0 <= i < edgeCount()}), in no particular order. */
  public CoordinatedEdge edge(int i) {
    int a = edgeA(i);
    int b = edgeB(i);
    String na = log.accountName(a);
    String nb = log.accountName(b);
    int ca = edges.contentsA[i];
    int cb = edges.contentsB[i];
    boolean swap = na.compareTo(nb) > 0;
    int w = edges.weight[i];
    return new CoordinatedEdge(
        swap ? nb : na,
        swap ? na : nb,
        w,
        edges.objects[i],
        edges.sumDelta[i] / (double) w,
        settings.edgeSymmetry() ? Math.min(ca, cb) / (double) Math.max(ca, cb) : Double.NaN,
        edges.fastWeight[i],
        w > weightThreshold,
        ObjectKind.fromMask(edges.kinds[i]));
  }

  /** Every edge, ordered by account_a then account_b (string order). */
  public List<CoordinatedEdge> sortedEdges() {
    List<CoordinatedEdge> list = new ArrayList<>(edgeCount());
    for (int i = 0; i < edgeCount(); i++) {
      list.add(edge(i));
    }
    list.sort(
        Comparator.comparing(CoordinatedEdge::accountA).thenComparing(CoordinatedEdge::accountB));
    return list;
  }

  int edgeA(int i) {
    return (int) (edges.key[i] >>> 32);
  }

  int edgeB(int i) {
    return (int) edges.key[i];
  }

  int edgeWeight(int i) {
    return edges.weight[i];
  }

  /** Distinct accounts on at least one edge. */
  public int accountCount() {
    boolean[] seen = new boolean[shares.length];
    int n = 0;
    for (int i = 0; i < edgeCount(); i++) {
      for (int a : new int[] {edgeA(i), edgeB(i)}) {
        if (!seen[a]) {
          seen[a] = true;
          n++;
        }
      }
    }
    return n;
  }

  /** Distinct objects of the shares in kept pairs. */
  public int objectCount() {
    boolean[] seen = new boolean[log.objectCount()];
    int n = 0;
    for (int r : coordinatedRows) {
      int o = log.object(r);
      if (!seen[o]) {
        seen[o] = true;
        n++;
      }
    }
    return n;
  }

  ShareLog log() {
    return log;
  }

  /** The account's shares in the log, identical ones counted once. */
  int shares(int account) {
    return shares[account];
  }

  /** Log rows of the shares in kept pairs. */
  int[] coordinatedRows() {
    return coordinatedRows;
  }

  /**
   * The coordinated share pairs between these accounts (a group's members), earliest first, at most
   * {@code limit} of them: the evidence an analyst reads. Pairs are found again from the log with
   * the detector's rules (window, loops, post-filter), so nothing was kept during detection.
   */
  public Evidence evidence(Collection<String> accounts, int limit) {
    return Evidence.find(this, accounts, limit);
  }

  boolean passes(int account) {
    return passes[account];
  }

  /**
   * Connected components and communities of the network ({@link CoordinationGroups}); {@code seed}
   * seeds label propagation.
   */
  public CoordinationGroups groups(long seed) {
    return CoordinationGroups.of(this, seed, false);
  }

  /** The same, on the flagged edges only (weight above the quantile). */
  public CoordinationGroups flaggedGroups(long seed) {
    return CoordinationGroups.of(this, seed, true);
  }
}
