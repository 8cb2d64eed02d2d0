package org.vigie.analytics.influence;

import java.util.List;

/**
 * What an {@link InfluenceJob} found.
 *
 * @param graph the graph the scores are about
 * @param accounts every node, by rank (highest PageRank first)
 * @param followersPageRankRho Spearman's ρ between follower count and PageRank over the accounts
 *     whose follower count is known ({@code NaN} when fewer than two)
 * @param communities how many communities
 * @param pageRankIterations iterations PageRank ran
 * @param hitsIterations iterations HITS ran
 * @param converged whether both converged within the tolerance
 */
public record InfluenceResult(
    GraphKind kind,
    InfluenceGraph graph,
    List<AccountInfluence> accounts,
    double followersPageRankRho,
    int communities,
    int pageRankIterations,
    int hitsIterations,
    boolean converged) {

  public InfluenceResult {
    accounts = List.copyOf(accounts);
  }

  /** The account of this key, or {@code null}. */
  public AccountInfluence account(String key) {
    int node = graph.node(key);
    return node < 0
        ? null
        : accounts.stream().filter(a -> a.node() == node).findFirst().orElse(null);
  }
}
