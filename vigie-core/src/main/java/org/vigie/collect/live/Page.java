package org.vigie.collect.live;

import java.util.List;

/**
 * One page of a live source: its posts, newest first as the platform gives them, and the cursor of
 * the next (older) page, or {@code null} when there is none.
 */
public record Page(List<org.vigie.document.RawDocument> posts, String nextCursor) {
  public Page {
    posts = List.copyOf(posts);
  }
}
