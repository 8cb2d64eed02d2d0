package org.vigie.store;

import java.io.Closeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.Searcher;

/**
 * Where analysed documents are kept and searched: the embedded Lucene index by default, an
 * OpenSearch cluster when the archive outgrows one machine. A store only stores: the link step
 * ({@code org.vigie.link.ArchiveWriter}) decides duplicates, stories and topics, for every backend
 * alike, and asks the store for what it needs (candidates by band keys, story records).
 * Implementations are thread-safe.
 *
 * <p>Writes are idempotent (a document's id is derived from its content) and become durable at
 * {@link #commit()}: after a crash, every document is either fully in or not in.
 */
public interface DocumentStore extends Searcher, Closeable {

  /**
   * Writes a document unless one with this id is stored or being stored. The store holds the id and
   * keeps its searchable view as it is (no refresh) while {@code linking} completes the document,
   * so that what linking reads of the store and of the documents written meanwhile stays
   * consistent; of two writes of one id, one only runs {@code linking}.
   *
   * @return {@link AddOutcome#DUPLICATE} when the id was taken, else what the linked document is
   */
  AddOutcome write(String id, Supplier<LinkedDocument> linking);

  /**
   * Searchable documents having any of these band keys, those sharing most keys first, a few dozen
   * at most. Documents written since the last refresh are not among them: the link step remembers
   * those itself until {@link #onRefresh} tells it they became searchable.
   */
  List<DuplicateCandidate> candidates(List<String> bandKeys);

  /**
   * Registers what to run when every write so far becomes searchable, under the store's refresh
   * lock (no write runs meanwhile).
   */
  void onRefresh(Runnable listener);

  /** The day of the newest story record, if any document joined a story. */
  Optional<LocalDate> newestStoryDay();

  /** The story records of the documents published on {@code from} or later. */
  List<StoryRecord> storyRecordsFrom(LocalDate from);

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

  /**
   * Commits every write so far and pins that commit for a backup; while {@code whilePaused} runs
   * (the catalog's backup) no write proceeds, so that both describe one point in time. Writes go on
   * once it returns; the commit's files stay as they are until the snapshot is closed.
   *
   * @throws UnsupportedOperationException when the backend keeps its own backups (OpenSearch
   *     snapshots, docs/OPERATIONS.md)
   */
  default StoreSnapshot snapshot(Runnable whilePaused) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " is backed up by its own snapshots (docs/OPERATIONS.md)");
  }

  @Override
  void close();
}
