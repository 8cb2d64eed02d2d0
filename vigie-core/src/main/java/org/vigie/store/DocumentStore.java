package org.vigie.store;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.Searcher;
import org.vigie.stories.StorySummary;

/**
 * Where analysed documents are kept and searched: the embedded Lucene index by default, an
 * OpenSearch cluster when the archive outgrows one machine. Implementations are thread-safe.
 *
 * <p>Writes are idempotent (a document's id is derived from its content) and become durable at
 * {@link #commit()}: after a crash, every document is either fully in or not in.
 */
public interface DocumentStore extends Searcher, Closeable {

  /**
   * Stores a document unless one with the same id is already stored or being stored. An article
   * whose text nearly repeats a stored original's ({@link org.vigie.dedup.NearDuplicateDetector})
   * is stored with {@code duplicateOf} set to that original's id; a dated original article is put
   * in a story ({@link org.vigie.stories.StoryClusterer}) and stored with its {@code storyId}. The
   * check and the add are atomic with respect to other adds: of two copies added at the same time,
   * one becomes the original.
   */
  AddOutcome add(AnalyzedDocument document);

  /**
   * Stores a document unless one with the same id is already stored or being stored.
   *
   * @return {@code true} when it was added (as an original or a copy), {@code false} when it was
   *     already there
   */
  default boolean addIfAbsent(AnalyzedDocument document) {
    return add(document) != AddOutcome.DUPLICATE;
  }

  /** A story's current summary, or nothing when no searchable document belongs to it. */
  Optional<StorySummary> story(String id);

  /**
   * The stories of at least two documents active most recently, the latest first (among the stories
   * of the last few thousand documents published).
   */
  List<StorySummary> stories(int limit);

  /** Whether a document with this id is stored (committed or not). */
  boolean contains(String id);

  /** The stored document with this id. */
  Optional<AnalyzedDocument> get(String id);

  /** Removes a document; answers whether there was one. */
  boolean delete(String id);

  /** Makes every write so far durable and visible to searches. */
  void commit();

  /** How many documents are stored and committed. */
  long count();

  @Override
  void close();
}
