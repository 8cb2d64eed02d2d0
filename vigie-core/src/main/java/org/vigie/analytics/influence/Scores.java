package org.vigie.analytics.influence;

/**
 * The result of a power iteration.
 *
 * @param values one score per node
 * @param iterations how many iterations ran
 * @param converged whether the largest change of the last one was under the tolerance
 */
public record Scores(double[] values, int iterations, boolean converged) {}
