package org.vigie.analytics.influence;

import java.util.Objects;
import org.vigie.document.Relation;

/**
 * One relation between two accounts: {@code from} forwarded, retweeted, quoted, mentioned or
 * replied to {@code to}. Accounts are named by their key ({@link AccountKeys}).
 *
 * @param weight how many times; several edges between the same pair add up
 */
public record InfluenceEdge(String from, String to, Relation.Kind kind, double weight) {
  public InfluenceEdge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("edge weight must be positive and finite, got " + weight);
    }
  }
}
