package org.vigie.analytics.influence;

import java.util.List;
import org.vigie.document.Account;

/**
 * One account's place in an influence graph.
 *
 * @param node its index in {@link InfluenceResult#graph()}
 * @param rank 1 for the highest PageRank (ties by key)
 * @param account what the posts say about it, or {@code null} when only its key is known
 * @param followers the largest follower count seen, or {@code null}
 * @param inStrength total weight of the edges into it (how often it was amplified or addressed)
 * @param core its coreness in the undirected graph
 * @param engagementRate {@link AccountProfile#engagementRate()}, or {@code null}
 * @param community its community number (0 the largest)
 * @param pageRankFrom the in-edges that give most of its PageRank, largest first
 * @param authorityFrom the in-edges that give most of its authority
 * @param hubTo the out-edges that give most of its hub score
 */
public record AccountInfluence(
    int node,
    String key,
    int rank,
    Account account,
    Long followers,
    double pageRank,
    double hub,
    double authority,
    int core,
    double inStrength,
    double outStrength,
    Double engagementRate,
    Tier tier,
    int community,
    List<Contribution> pageRankFrom,
    List<Contribution> authorityFrom,
    List<Contribution> hubTo) {

  public String label() {
    if (account == null) {
      return key;
    }
    return account.handle() != null
        ? account.handle()
        : account.name() != null ? account.name() : key;
  }
}
