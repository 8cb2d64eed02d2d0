package org.vigie.analytics.coordination;

import java.util.Set;

/**
 * Two accounts that shared the same objects within the window.
 *
 * @param accountA the account whose id comes first in string order
 * @param accountB the other account
 * @param weight coordinated share pairs of the two (CooRTweet's edge weight)
 * @param objects distinct objects they co-shared
 * @param meanDelta mean seconds between the two shares of a pair
 * @param symmetry min/max of the distinct contents each account has in the edge's pairs (1 when
 *     both took part equally)
 * @param fastWeight pairs within the fast window
 * @param flagged weight strictly above the settings' quantile of all weights
 * @param kinds the kinds of the objects behind the pairs
 */
public record CoordinatedEdge(
    String accountA,
    String accountB,
    int weight,
    int objects,
    double meanDelta,
    double symmetry,
    int fastWeight,
    boolean flagged,
    Set<ObjectKind> kinds) {}
