package org.vigie.analytics.influence;

import java.util.Objects;

/**
 * How to run an {@link InfluenceJob}.
 *
 * @param graph which relations make the edges
 * @param damping PageRank's damping factor
 * @param maxIterations the most power iterations of PageRank and HITS
 * @param tolerance stop when no score moves by this much
 * @param explainTop how many contributing edges explain each score
 * @param seed the label propagation's order
 * @param communityRounds the most label-propagation rounds (0: every account its own community)
 */
public record InfluenceParams(
    GraphKind graph,
    double damping,
    int maxIterations,
    double tolerance,
    int explainTop,
    long seed,
    int communityRounds) {

  public InfluenceParams {
    Objects.requireNonNull(graph, "graph");
    if (!(damping >= 0 && damping <= 1)) {
      throw new IllegalArgumentException("damping must be in [0, 1], got " + damping);
    }
    if (maxIterations < 1 || !(tolerance > 0) || explainTop < 0 || communityRounds < 0) {
      throw new IllegalArgumentException(
          "maxIterations must be ≥ 1, tolerance > 0, explainTop and communityRounds ≥ 0");
    }
  }

  /**
   * Damping 0.85, at most 100 iterations, tolerance 1e-9, 3 explaining edges, seed 1, 20 rounds.
   */
  public static InfluenceParams defaults(GraphKind graph) {
    return new InfluenceParams(graph, 0.85, 100, 1e-9, 3, 1, 20);
  }

  public InfluenceParams withTolerance(double t, int iterations) {
    return new InfluenceParams(graph, damping, iterations, t, explainTop, seed, communityRounds);
  }
}
