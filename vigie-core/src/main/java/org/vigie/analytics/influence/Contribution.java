package org.vigie.analytics.influence;

/**
 * One edge's share of a score: for PageRank, what in-neighbour {@code account} passes on, {@code
 * pr(u)·d·w(u,v)/outStrength(u)}; for authority, {@code w(u,v)·hub(u)}; for hub, {@code
 * w(u,v)·authority(v)} (before the scaling to a sum of 1).
 *
 * @param account the key of the account on the other end
 * @param weight the edge's weight
 * @param value its contribution
 */
public record Contribution(String account, double weight, double value) {}
