package org.vigie.analytics.influence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.vigie.document.PostMetadata;

/**
 * Ranks the accounts of an amplification or attention graph: weighted PageRank, HITS, coreness,
 * in-strength, communities, engagement, tiers, the edges that explain each score, and how far
 * follower counts agree with PageRank. Pure computation, single-threaded, no I/O; a million edges
 * between 100 000 accounts take seconds in well under a gigabyte (see docs/BENCHMARKS.md,
 * influence).
 */
public final class InfluenceJob {
  private InfluenceJob() {}

  /** The influence of the accounts of these posts ({@link InfluenceInput#fromPosts}). */
  public static InfluenceResult run(List<PostMetadata> posts, InfluenceParams params) {
    InfluenceInput input = InfluenceInput.fromPosts(posts);
    return run(input.edges(), input.profiles(), params);
  }

  /**
   * The influence of the accounts of these edges; {@code profiles} (by key, may be empty) give
   * followers and engagement, and their accounts are nodes even without an edge.
   */
  public static InfluenceResult run(
      List<InfluenceEdge> edges, Map<String, AccountProfile> profiles, InfluenceParams params) {
    InfluenceGraph g = InfluenceGraph.build(edges, params.graph(), profiles.keySet());
    return run(g, profiles, params);
  }

  /** The influence of the accounts of a graph already built. */
  public static InfluenceResult run(
      InfluenceGraph g, Map<String, AccountProfile> profiles, InfluenceParams params) {
    Scores pr =
        WeightedPageRank.compute(g, params.damping(), params.maxIterations(), params.tolerance());
    Hits.Result hits = Hits.compute(g, params.maxIterations(), params.tolerance());
    int[] core = KCore.compute(g);
    int[] community = LabelPropagation.compute(g, params.seed(), params.communityRounds());
    Integer[] order = byPageRank(g, pr.values());
    List<AccountInfluence> accounts = new ArrayList<>(g.nodeCount());
    for (int position = 0; position < order.length; position++) {
      int v = order[position];
      AccountProfile p = profiles.get(g.key(v));
      accounts.add(
          new AccountInfluence(
              v,
              g.key(v),
              position + 1,
              p == null ? null : p.account(),
              p == null ? null : p.followers(),
              pr.values()[v],
              hits.hub()[v],
              hits.authority()[v],
              core[v],
              g.inStrength(v),
              g.outStrength(v),
              p == null ? null : p.engagementRate(),
              Tier.of(position, order.length),
              community[v],
              pageRankFrom(g, pr.values(), v, params),
              authorityFrom(g, hits.hub(), v, params.explainTop()),
              hubTo(g, hits.authority(), v, params.explainTop())));
    }
    int communities = Arrays.stream(community).max().orElse(-1) + 1;
    return new InfluenceResult(
        params.graph(),
        g,
        accounts,
        followersRho(accounts),
        communities,
        pr.iterations(),
        hits.iterations(),
        pr.converged() && hits.converged());
  }

  private static Integer[] byPageRank(InfluenceGraph g, double[] pr) {
    Integer[] order = new Integer[g.nodeCount()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order, Comparator.<Integer>comparingDouble(v -> -pr[v]).thenComparing(v -> g.key(v)));
    return order;
  }

  /** ρ between followers and PageRank over the accounts whose follower count is known. */
  static double followersRho(List<AccountInfluence> accounts) {
    List<AccountInfluence> known = accounts.stream().filter(a -> a.followers() != null).toList();
    double[] f = known.stream().mapToDouble(a -> a.followers()).toArray();
    double[] pr = known.stream().mapToDouble(AccountInfluence::pageRank).toArray();
    return Spearman.rho(f, pr);
  }

  private static List<Contribution> pageRankFrom(
      InfluenceGraph g, double[] pr, int v, InfluenceParams p) {
    int from = g.inStart[v];
    return top(
        p.explainTop(),
        from,
        g.inStart[v + 1],
        e -> WeightedPageRank.contribution(g, pr, g.inSource[e], g.inWeight[e], p.damping()),
        e -> g.key(g.inSource[e]),
        e -> g.inWeight[e]);
  }

  private static List<Contribution> authorityFrom(InfluenceGraph g, double[] hub, int v, int k) {
    return top(
        k,
        g.inStart[v],
        g.inStart[v + 1],
        e -> g.inWeight[e] * hub[g.inSource[e]],
        e -> g.key(g.inSource[e]),
        e -> g.inWeight[e]);
  }

  private static List<Contribution> hubTo(InfluenceGraph g, double[] auth, int u, int k) {
    return top(
        k,
        g.outStart[u],
        g.outStart[u + 1],
        e -> g.outWeight[e] * auth[g.outTarget[e]],
        e -> g.key(g.outTarget[e]),
        e -> g.outWeight[e]);
  }

  /**
   * The {@code k} edges of {@code [from, to)} of largest value, largest first (ties: first edge).
   */
  private static List<Contribution> top(
      int k,
      int from,
      int to,
      IntToDoubleFunction value,
      java.util.function.IntFunction<String> account,
      IntToDoubleFunction weight) {
    int size = Math.min(k, to - from);
    if (size == 0) {
      return List.of();
    }
    int[] best = new int[size];
    double[] values = new double[size];
    int filled = 0;
    for (int e = from; e < to; e++) {
      double x = value.applyAsDouble(e);
      if (filled < size || x > values[filled - 1]) {
        int i = filled < size ? filled++ : filled - 1;
        while (i > 0 && values[i - 1] < x) {
          values[i] = values[i - 1];
          best[i] = best[i - 1];
          i--;
        }
        values[i] = x;
        best[i] = e;
      }
    }
    List<Contribution> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new Contribution(account.apply(best[i]), weight.applyAsDouble(best[i]), values[i]));
    }
    return List.copyOf(out);
  }
}
