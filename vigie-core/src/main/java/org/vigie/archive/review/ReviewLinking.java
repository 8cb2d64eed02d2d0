package org.vigie.archive.review;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.document.AnalyzedDocument;
import org.vigie.link.spi.Linker;
import org.vigie.search.SearchRequest;
import org.vigie.search.Searcher;
import org.vigie.store.DocumentStore;
import org.vigie.store.LinkedDocument;

/**
 * The review queue's linker, after the others (its story and original are known by then): each new
 * document its flaggers flag enters the queue. A document already stored never reaches it; {@link
 * #backfill} brings in the archive's documents flagged before. A failure of the catalog loses the
 * flag, not the document (logged; the backfill puts it back).
 */
public final class ReviewLinking implements Linker {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewLinking.class);

  private final ReviewQueue queue;
  private final List<ReviewFlagger> flaggers;

  public ReviewLinking(ReviewQueue queue, List<ReviewFlagger> flaggers) {
    this.queue = queue;
    this.flaggers = List.copyOf(flaggers);
  }

  /** The standard flaggers: harmful speech above the queue's threshold. */
  public static ReviewLinking standard(ReviewQueue queue) {
    return new ReviewLinking(queue, List.of(new HarmFlagger(queue::threshold)));
  }

  @Override
  public LinkedDocument link(LinkedDocument linked, DocumentStore store) {
    try {
      offer(linked.document());
    } catch (RuntimeException e) {
      LOG.warn("document {} could not enter the review queue", linked.document().id(), e);
    }
    return linked;
  }

  /** Puts a document in the queue for every flag it gets; answers the items added. */
  public int offer(AnalyzedDocument d) {
    int added = 0;
    for (ReviewFlagger f : flaggers) {
      for (ReviewFlag flag : f.flags(d)) {
        added += queue.enqueue(d, flag).isPresent() ? 1 : 0;
      }
    }
    return added;
  }

  /**
   * Offers every document of the archive a flagger may flag (copies included), for an archive made
   * before the queue or after the threshold was lowered; documents already queued stay as they are.
   *
   * @return the items added
   */
  public long backfill(Searcher searcher) {
    long[] added = {0};
    for (ReviewFlagger f : flaggers) {
      searcher.forEachMatch(
          SearchRequest.matching(f.candidates()).withCopies(true),
          d -> {
            for (ReviewFlag flag : f.flags(d)) {
              added[0] += queue.enqueue(d, flag).isPresent() ? 1 : 0;
            }
          });
    }
    return added[0];
  }
}
