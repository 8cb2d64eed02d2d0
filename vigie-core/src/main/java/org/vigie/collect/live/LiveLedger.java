package org.vigie.collect.live;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.vigie.document.Engagement;

/**
 * What the archive remembers of one live source's posts between runs: each post seen (its position
 * in the source's order, whether a committed run stored it, whether it was removed), the engagement
 * history of each post, and where the source's paging stopped ({@link LiveMark}). Kept in the
 * catalog; implementations are thread-safe.
 *
 * <p>A position is a sortable string (20 digits) that grows with the post's place in the platform's
 * order: the Telegram message id, the Mastodon status id, the time of a Bluesky or YouTube post.
 */
public interface LiveLedger {

  /**
   * A post as one page showed it.
   *
   * @param documentId the id the archive gives its document (the same text gives the same id)
   * @param engagement its counts on the page, or {@code null} when the page shows none
   */
  record Sighting(
      String platform,
      String postId,
      String position,
      String url,
      String documentId,
      Engagement engagement) {}

  /** Where the paging of earlier runs stopped. */
  LiveMark mark();

  /**
   * Records a sighting at {@code at}: the post is known, its engagement is added to its history
   * when it differs from the last counts recorded (a first sighting always counts), and a post
   * marked removed that shows again is no longer marked.
   *
   * @return whether a committed earlier run stored this post already (then it is not delivered
   *     again)
   */
  boolean sighted(Sighting post, Instant at);

  /** The post ids of this source, not marked removed, whose position lies in [from, to]. */
  List<String> knownBetween(String from, String to);

  /** Marks a post gone from the source at {@code at} (kept, never deleted). */
  void markRemoved(String postId, Instant at);

  /**
   * After the run's documents are durable: these posts count as stored, and the source's paging
   * mark moves to {@code mark}.
   */
  void committed(Collection<String> storedPostIds, LiveMark mark);
}
