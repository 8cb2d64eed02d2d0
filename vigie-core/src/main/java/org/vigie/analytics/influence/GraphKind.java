package org.vigie.analytics.influence;

import java.util.EnumSet;
import java.util.Set;
import org.vigie.document.Relation.Kind;

/**
 * Which relations make the edges of an influence graph; an edge points from the actor to the
 * target.
 */
public enum GraphKind {
  /** A forwards, retweets or quotes B: A amplifies B. */
  AMPLIFICATION(EnumSet.of(Kind.FORWARD, Kind.RETWEET, Kind.QUOTE)),
  /** A mentions or replies to B: A gives B attention. */
  ATTENTION(EnumSet.of(Kind.MENTION, Kind.REPLY));

  private final Set<Kind> kinds;

  GraphKind(Set<Kind> kinds) {
    this.kinds = kinds;
  }

  public boolean includes(Kind kind) {
    return kinds.contains(kind);
  }
}
