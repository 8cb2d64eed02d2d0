package org.vigie.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.vigie.document.AnalyzedDocument;
import org.vigie.link.dedup.NearDuplicateDetector;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.Query;
import org.vigie.search.QueryLimits;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.lucene.FrenchTextAnalyzer;
import org.vigie.store.AddOutcome;
import org.vigie.store.DataFolderBusyException;
import org.vigie.store.DocumentStore;
import org.vigie.store.DuplicateCandidate;
import org.vigie.store.LinkedDocument;
import org.vigie.store.StoreSnapshot;
import org.vigie.store.StoryRecord;
import org.vigie.store.StorySummary;

/**
 * The embedded document store: one Lucene index in a folder. Thread-safe.
 *
 * <p>Every document is one Lucene document keyed by its content id, so writing it again replaces it
 * instead of adding a copy. Writes become durable at {@link #commit()} (Lucene commits are atomic:
 * after a crash the index is as of the last commit). Searches see committed writes and the ones
 * made visible by the periodic refresh. Searches are {@link LuceneSearch}'s, story reads {@link
 * LuceneStories}', near-duplicate candidates {@link LuceneCandidates}'.
 */
public final class LuceneIndex implements DocumentStore {
  /** Ids written since the last refresh, invisible to searches until then. */
  private static final int REFRESH_AFTER = 5_000;

  private final Path folder;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SnapshotDeletionPolicy snapshots =
      new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
  private final Searchers searchers;
  private final Analyzer analyzer = new FrenchTextAnalyzer();
  private final LuceneSearch search;
  private final Set<String> pending = new HashSet<>();
  private final ReadWriteLock refreshLock = new ReentrantReadWriteLock();
  private final List<Runnable> refreshListeners = new CopyOnWriteArrayList<>();

  private LuceneIndex(Path folder, Duration searchBudget) throws IOException {
    this.folder = folder;
    this.search = new LuceneSearch(analyzer, searchBudget);
    Files.createDirectories(folder);
    this.directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setIndexDeletionPolicy(snapshots);
    try {
      this.writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new DataFolderBusyException(folder);
    }
    this.searchers = new Searchers(new SearcherManager(writer, null));
  }

  /**
   * Opens the index in a folder, creating it if needed.
   *
   * @throws DataFolderBusyException when another process has it open
   */
  public static LuceneIndex open(Path folder) {
    return open(folder, QueryLimits.TIME);
  }

  /**
   * Opens the index in a folder with another time budget for each search than {@link
   * QueryLimits#TIME} (tests, benchmarks).
   */
  public static LuceneIndex open(Path folder, Duration searchBudget) {
    try {
      return new LuceneIndex(folder, searchBudget);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + folder, e);
    }
  }

  public Path folder() {
    return folder;
  }

  /**
   * Holds the id (a document already stored costs nothing more), runs the linking under the refresh
   * lock's read side, so no refresh runs until the document is written, then writes it; Lucene's
   * write runs concurrently with other writes. A linking that fails frees the id.
   */
  @Override
  public AddOutcome write(String id, Supplier<LinkedDocument> linking) {
    LinkedDocument linked;
    refreshLock.readLock().lock();
    try {
      if (!reserve(id)) {
        return AddOutcome.DUPLICATE;
      }
      try {
        linked = linking.get();
        writer.updateDocument(new Term(SearchFields.ID, id), LuceneDocuments.of(linked));
      } catch (IOException e) {
        unreserve(id);
        throw new UncheckedIOException("cannot index document " + id, e);
      } catch (RuntimeException e) {
        unreserve(id);
        throw e;
      }
    } finally {
      refreshLock.readLock().unlock();
    }
    refreshIfManyPending();
    return linked.outcome();
  }

  @Override
  public List<DuplicateCandidate> candidates(List<String> bandKeys) {
    return searchers.read(
        "look up near-duplicates in " + folder, s -> LuceneCandidates.of(s, bandKeys));
  }

  @Override
  public void onRefresh(Runnable listener) {
    refreshListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public Optional<LocalDate> newestStoryDay() {
    return searchers.read("read the stories of " + folder, LuceneStories::newestDay);
  }

  @Override
  public List<StoryRecord> storyRecordsFrom(LocalDate from) {
    return searchers.read("read the stories of " + folder, s -> LuceneStories.from(s, from));
  }

  @Override
  public Optional<StorySummary> story(String id) {
    return searchers.read("read story " + id + " in " + folder, s -> LuceneStories.story(s, id));
  }

  @Override
  public List<StorySummary> stories(int limit) {
    return searchers.read("list the stories of " + folder, s -> LuceneStories.recent(s, limit));
  }

  /** Claims an id for writing; false when it is stored or being stored. */
  private boolean reserve(String id) {
    synchronized (pending) {
      if (!pending.add(id)) {
        return false;
      }
    }
    if (isSearchable(id)) {
      unreserve(id);
      return false;
    }
    return true;
  }

  private void unreserve(String id) {
    synchronized (pending) {
      pending.remove(id);
    }
  }

  private void refreshIfManyPending() {
    int size;
    synchronized (pending) {
      size = pending.size();
    }
    if (size >= REFRESH_AFTER) {
      refresh();
    }
  }

  private void refresh() {
    refreshLock.writeLock().lock();
    try {
      searchers.refresh();
      synchronized (pending) {
        pending.clear();
      }
      refreshListeners.forEach(Runnable::run);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the index in " + folder, e);
    } finally {
      refreshLock.writeLock().unlock();
    }
  }

  @Override
  public boolean contains(String id) {
    synchronized (pending) {
      if (pending.contains(id)) {
        return true;
      }
    }
    return isSearchable(id);
  }

  private boolean isSearchable(String id) {
    return searchers.read(
        "look up document " + id, s -> s.count(new TermQuery(new Term(SearchFields.ID, id))) > 0);
  }

  @Override
  public Optional<AnalyzedDocument> get(String id) {
    return searchers.read("read document " + id, s -> load(s, id));
  }

  private static Optional<AnalyzedDocument> load(IndexSearcher searcher, String id)
      throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ID, id)), 1);
    return top.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.of(LuceneDocuments.load(searcher.storedFields(), top.scoreDocs[0].doc));
  }

  @Override
  public boolean delete(String id) {
    boolean present = contains(id);
    try {
      writer.deleteDocuments(new Term(SearchFields.ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete document " + id, e);
    }
    return present;
  }

  @Override
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index in " + folder, e);
    }
    refresh();
  }

  /**
   * Commits under the refresh lock's write side (no write runs until {@code whilePaused} returns)
   * and pins the commit: Lucene deletes none of its files until the snapshot is closed.
   */
  @Override
  public StoreSnapshot snapshot(Runnable whilePaused) {
    refreshLock.writeLock().lock();
    try {
      commit();
      IndexCommit commit = snapshots.snapshot();
      try {
        long documents;
        try (DirectoryReader reader = DirectoryReader.open(commit)) {
          documents = reader.numDocs();
        }
        whilePaused.run();
        return new StoreSnapshot(
            folder,
            List.copyOf(commit.getFileNames()),
            Long.toString(commit.getGeneration()),
            documents,
            () -> release(commit));
      } catch (IOException | RuntimeException e) {
        release(commit);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot snapshot the index in " + folder, e);
    } finally {
      refreshLock.writeLock().unlock();
    }
  }

  private void release(IndexCommit commit) {
    try {
      snapshots.release(commit);
      writer.deleteUnusedFiles();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the snapshot of the index in " + folder, e);
    }
  }

  @Override
  public long count() {
    return searchers.read("count " + folder, s -> (long) s.getIndexReader().numDocs());
  }

  @Override
  public SearchResult search(SearchRequest request) {
    return searchers.read("search " + folder, s -> search.search(s, request));
  }

  @Override
  public void forEachMatch(SearchRequest request, Consumer<AnalyzedDocument> action) {
    searchers.read("stream matches in " + folder, s -> search.forEachMatch(s, request, action));
  }

  @Override
  public Histogram histogram(SearchRequest request, Interval interval) {
    return searchers.read(
        "count by date in " + folder, s -> search.histogram(s, request, interval));
  }

  /**
   * Brings one topic's tags in the archive in line with its query: documents matching {@code query}
   * (copies included) gain {@code topicId}, tagged documents that no longer match lose it. {@code
   * query} is {@code null} when the topic was deleted. Runs on a refreshed view of the archive;
   * documents added meanwhile are tagged by the link step as they arrive. Callers re-tag one topic
   * at a time (two re-tags of one document at once would lose one change).
   *
   * @param progress told (documents done, documents to change) as the work goes on
   * @return how many documents gained and lost the topic
   */
  public TopicRetag.Result retag(String topicId, Query query, TopicRetag.Progress progress) {
    commit();
    try {
      return searchers.read(
          "re-tag topic " + topicId + " in " + folder,
          s ->
              new TopicRetag(s, writer, NearDuplicateDetector.standard())
                  .run(
                      topicId,
                      query == null ? new MatchNoDocsQuery() : search.query(query),
                      progress));
    } finally {
      commit();
    }
  }

  /**
   * Commits what was written and closes. When the last commit cannot be written (a full disk), the
   * writes since the previous commit are rolled back, so the lock is released and the index stays
   * as of its last commit.
   */
  @Override
  public void close() {
    try {
      searchers.close();
      try {
        writer.close();
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index in " + folder, e);
    } finally {
      try {
        directory.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the index in " + folder, e);
      }
    }
  }
}
