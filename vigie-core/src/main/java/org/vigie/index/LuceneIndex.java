package org.vigie.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.vigie.dedup.DuplicateLinker;
import org.vigie.dedup.NearDuplicateDetector;
import org.vigie.dedup.Signature;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.document.Entity;
import org.vigie.document.PublishedTime;
import org.vigie.document.Quote;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;
import org.vigie.store.AddOutcome;
import org.vigie.store.DataFolderBusyException;
import org.vigie.store.DocumentStore;
import org.vigie.stories.StoryAssignment;
import org.vigie.stories.StoryClusterer;
import org.vigie.stories.StoryDocument;
import org.vigie.stories.StorySummary;
import org.vigie.stories.StoryTerms;
import org.vigie.topics.TopicTagger;

/**
 * The embedded document store: one Lucene index in a folder. Thread-safe.
 *
 * <p>Every document is one Lucene document keyed by its content id, so writing it again replaces it
 * instead of adding a copy. Writes become durable at {@link #commit()} (Lucene commits are atomic:
 * after a crash the index is as of the last commit). Searches see committed writes and the ones
 * made visible by the periodic refresh.
 */
public final class LuceneIndex implements DocumentStore {
  private static final int FACET_VALUES = 50;

  /** Ids written since the last refresh, invisible to searches until then. */
  private static final int REFRESH_AFTER = 5_000;

  /** Near-duplicate candidates verified per new article, those sharing most band keys first. */
  private static final int MAX_CANDIDATES = 20;

  /**
   * Documents read per band key when looking for candidates. A key shared by many documents is a
   * story copied many times: any of its copies leads to the same original (a copy is linked to the
   * original, not to another copy), so reading all of them would make each new copy cost more as
   * the archive grows (a 1 000 000-document ingest of a few hundred articles' copies ran 40 %
   * slower per document than a 10 000-document one).
   */
  static final int MAX_POSTINGS_PER_KEY = 64;

  /**
   * Once a document shares half the band keys, the later segments are not read: such a document is
   * a near-duplicate beyond doubt, and it leads to the same original as any other copy. Without
   * this, each copy sought its 42 keys in every segment (a quarter of a 1 000 000-document ingest).
   */
  private static final double SURE_SHARE = 0.5;

  private final Path folder;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final GlobalOrdinals ordinals = new GlobalOrdinals();
  private final Analyzer analyzer = new FrenchTextAnalyzer();
  private final LuceneQueryBuilder queries = new LuceneQueryBuilder(analyzer);
  private final Snippets snippets = new Snippets(analyzer);
  private final Set<String> pending = new HashSet<>();
  private final ReadWriteLock refreshLock = new ReentrantReadWriteLock();
  private final NearDuplicateDetector detector = NearDuplicateDetector.standard();

  /** Also the lock that makes an id's reservation and its near-duplicate check one step. */
  private final DuplicateLinker linker = new DuplicateLinker(detector);

  /** Its own lock: one article is put in a story at a time. */
  private final StoryClusterer clusterer = StoryClusterer.standard();

  /** Sets {@link AnalyzedDocument#topics()} of every document added; none until one is given. */
  private volatile TopicTagger tagger = TopicTagger.NONE;

  /** The most recent story documents read when listing stories. */
  private static final int RECENT_STORY_DOCUMENTS = 2_000;

  private LuceneIndex(Path folder) throws IOException {
    this.folder = folder;
    Files.createDirectories(folder);
    this.directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    try {
      this.writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new DataFolderBusyException(folder);
    }
    this.searchers = new SearcherManager(writer, null);
    restoreStories();
  }

  /**
   * Opens the index in a folder, creating it if needed.
   *
   * @throws DataFolderBusyException when another process has it open
   */
  public static LuceneIndex open(Path folder) {
    try {
      return new LuceneIndex(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + folder, e);
    }
  }

  public Path folder() {
    return folder;
  }

  /** Tags every document added from now on with the topics {@code tagger} finds. */
  public void tagTopicsWith(TopicTagger tagger) {
    this.tagger = java.util.Objects.requireNonNull(tagger, "tagger");
  }

  /**
   * Adds a document, linking a near-duplicate article to its original. The signature is computed
   * before any lock; the id is reserved under the linker's lock (a document already stored costs
   * nothing more); the searchable documents sharing its band keys are read outside it; the choice
   * of the original (those candidates plus the linker's memory of documents added since the last
   * refresh) runs under the linker's lock again, so two copies added together cannot both become
   * originals; Lucene's write runs after it, concurrently with other adds.
   */
  @Override
  public AddOutcome add(AnalyzedDocument document) {
    Optional<Signature> signature = detector.signature(document);
    List<String> keys = signature.map(detector::bandKeys).orElse(List.of());
    Optional<StoryDocument> storyTerms = StoryTerms.of(document);
    document = document.toBuilder().topics(tagger.topicsOf(document)).build();
    AnalyzedDocument stored;
    BytesRef storyRecord = null;
    int storySize = 0;
    refreshLock.readLock().lock();
    try {
      synchronized (linker) {
        if (!reserve(document.id())) {
          return AddOutcome.DUPLICATE;
        }
      }
      // The indexed candidates are read outside the linker's lock, so two adds read them at once:
      // no refresh can run until this add ends (it holds the read lock), so a document that is
      // not in this searcher is still in the linker's memory of pending documents, which the
      // choice below reads under the lock.
      List<DuplicateLinker.Candidate> indexed =
          signature.isPresent() && document.duplicateOf() == null
              ? storedCandidates(keys)
              : List.of();
      synchronized (linker) {
        stored = linker.link(document, signature, keys, k -> indexed);
      }
      if (stored.duplicateOf() == null && storyTerms.isPresent()) {
        StoryDocument terms = storyTerms.get();
        StoryAssignment story;
        synchronized (clusterer) {
          story = clusterer.assign(terms);
        }
        stored = stored.toBuilder().storyId(story.storyId()).build();
        storyRecord = StoryBytes.write(story, terms.date(), terms.title());
        storySize = story.size();
      }
      Document lucene = toLucene(stored, signature, keys);
      if (storyRecord != null) {
        lucene.add(new BinaryDocValuesField(IndexFields.STORY_RECORD, storyRecord));
        lucene.add(new NumericDocValuesField(IndexFields.STORY_SIZE, storySize));
      }
      writer.updateDocument(new Term(SearchFields.ID, document.id()), lucene);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index document " + document.id(), e);
    } finally {
      refreshLock.readLock().unlock();
    }
    refreshIfManyPending();
    return stored.duplicateOf() == null ? AddOutcome.ADDED : AddOutcome.COPY;
  }

  /**
   * Searchable documents sharing band keys, the ones sharing most first. Reads the band keys'
   * postings directly rather than through a scored query (this runs once per article ingested), at
   * most {@value #MAX_POSTINGS_PER_KEY} documents per key.
   */
  private List<DuplicateLinker.Candidate> storedCandidates(List<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    List<BytesRef> terms = keys.stream().map(BytesRef::new).sorted().toList();
    IndexSearcher searcher = acquire();
    try {
      Map<Integer, Integer> shared = new HashMap<>();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      int[] read = new int[terms.size()];
      int sure = (int) Math.ceil(terms.size() * SURE_SHARE);
      int most = 0;
      for (LeafReaderContext leaf : leaves) {
        if (most >= sure) {
          break;
        }
        Terms field = leaf.reader().terms(IndexFields.LSH);
        if (field == null) {
          continue;
        }
        TermsEnum termsEnum = field.iterator();
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum postings = null;
        for (int t = 0; t < terms.size(); t++) {
          if (read[t] >= MAX_POSTINGS_PER_KEY || !termsEnum.seekExact(terms.get(t))) {
            continue;
          }
          postings = termsEnum.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS && read[t] < MAX_POSTINGS_PER_KEY;
              doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              most = Math.max(most, shared.merge(leaf.docBase + doc, 1, Integer::sum));
              read[t]++;
            }
          }
        }
      }
      List<Map.Entry<Integer, Integer>> best = new ArrayList<>(shared.entrySet());
      best.sort(
          Map.Entry.<Integer, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      List<DuplicateLinker.Candidate> candidates = new ArrayList<>();
      for (Map.Entry<Integer, Integer> hit :
          best.subList(0, Math.min(MAX_CANDIDATES, best.size()))) {
        int doc = hit.getKey();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), IndexFields.MINHASH);
        if (values.advanceExact(doc - leaf.docBase)) {
          candidates.add(CandidateBytes.read(values.binaryValue()));
        }
      }
      return candidates;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look up near-duplicates in " + folder, e);
    } finally {
      release(searcher);
    }
  }

  /**
   * Rebuilds the clusterer's window from the story records of the articles published in the
   * retention period before the newest one: work bounded by the window, not by the archive.
   */
  private void restoreStories() {
    IndexSearcher searcher = acquire();
    try {
      org.apache.lucene.search.Query assigned = new FieldExistsQuery(IndexFields.STORY_SIZE);
      TopDocs newest = searcher.search(assigned, 1, luceneSort(Sort.NEWEST));
      if (newest.scoreDocs.length == 0) {
        return;
      }
      StoryBytes.StoryRecord last = storyRecord(searcher, newest.scoreDocs[0].doc);
      long from =
          last.day()
              .minusDays(clusterer.settings().retentionDays())
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant()
              .toEpochMilli();
      org.apache.lucene.search.Query window =
          new BooleanQuery.Builder()
              .add(assigned, Occur.FILTER)
              .add(
                  LongPoint.newRangeQuery(IndexFields.PUBLISHED_MILLIS, from, Long.MAX_VALUE),
                  Occur.FILTER)
              .build();
      int n = Math.max(1, searcher.count(window));
      List<StoryBytes.StoryRecord> records = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(window, n).scoreDocs) {
        records.add(storyRecord(searcher, hit.doc));
      }
      records.sort(
          java.util.Comparator.comparing(StoryBytes.StoryRecord::day)
              .thenComparingInt(r -> r.story().size()));
      for (StoryBytes.StoryRecord r : records) {
        StoryDocument doc =
            new StoryDocument(
                r.story().id() + "#" + r.story().size(), r.day(), r.title(), Map.of());
        clusterer.restore(r.story().id(), doc, r.vector());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stories of " + folder, e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public Optional<StorySummary> story(String id) {
    IndexSearcher searcher = acquire();
    try {
      return latestRecord(searcher, id).map(StoryBytes.StoryRecord::story);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read story " + id + " in " + folder, e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public List<StorySummary> stories(int limit) {
    IndexSearcher searcher = acquire();
    try {
      TopDocs recent =
          searcher.search(
              new FieldExistsQuery(IndexFields.STORY_SIZE),
              RECENT_STORY_DOCUMENTS,
              luceneSort(Sort.NEWEST));
      Set<String> ids = new java.util.LinkedHashSet<>();
      for (ScoreDoc hit : recent.scoreDocs) {
        ids.add(storyRecord(searcher, hit.doc).story().id());
      }
      List<StorySummary> stories = new ArrayList<>();
      for (String id : ids) {
        latestRecord(searcher, id)
            .map(StoryBytes.StoryRecord::story)
            .filter(s -> s.size() >= 2)
            .ifPresent(stories::add);
      }
      stories.sort(
          java.util.Comparator.comparing(StorySummary::last)
              .thenComparingInt(StorySummary::size)
              .reversed());
      return stories.subList(0, Math.min(limit, stories.size()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the stories of " + folder, e);
    } finally {
      release(searcher);
    }
  }

  /** The record of the story's latest join: the one with the largest size. */
  private static Optional<StoryBytes.StoryRecord> latestRecord(IndexSearcher searcher, String id)
      throws IOException {
    SortField bySize = new SortField(IndexFields.STORY_SIZE, SortField.Type.LONG, true);
    TopDocs top =
        searcher.search(
            new TermQuery(new Term(SearchFields.STORY, normalizeKeyword(SearchFields.STORY, id))),
            1,
            new org.apache.lucene.search.Sort(bySize));
    return top.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.of(storyRecord(searcher, top.scoreDocs[0].doc));
  }

  private static StoryBytes.StoryRecord storyRecord(IndexSearcher searcher, int doc)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = DocValues.getBinary(leaf.reader(), IndexFields.STORY_RECORD);
    if (!values.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has a story size but no story record");
    }
    return StoryBytes.read(values.binaryValue());
  }

  /** Claims an id for writing; false when it is stored or being stored. */
  private boolean reserve(String id) throws IOException {
    synchronized (pending) {
      if (!pending.add(id)) {
        return false;
      }
    }
    if (isSearchable(id)) {
      return false;
    }
    return true;
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
      searchers.maybeRefreshBlocking();
      synchronized (pending) {
        pending.clear();
      }
      synchronized (linker) {
        linker.forgetPending();
      }
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
    try {
      return isSearchable(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean isSearchable(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(new TermQuery(new Term(SearchFields.ID, id))) > 0;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Optional<AnalyzedDocument> get(String id) {
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(load(searcher.storedFields(), top.scoreDocs[0].doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
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

  @Override
  public long count() {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    IndexSearcher searcher = acquire();
    try {
      org.apache.lucene.search.Query main = queries.build(request.query());
      org.apache.lucene.search.Query filtered = withFilters(main, request);
      FacetCollectorManager.Counts counts =
          searcher.search(
              filtered,
              new FacetCollectorManager(
                  searcher.getIndexReader(), request.facets(), FACET_VALUES, ordinals));
      List<SearchResult.Hit> hits = page(searcher, request, main, filtered);
      long took = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(counts.total(), hits, counts.facets(), took);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed in " + folder, e);
    } finally {
      release(searcher);
    }
  }

  /** Documents loaded per step of {@link #forEachMatch}. */
  private static final int STREAM_BATCH = 1_000;

  /**
   * Streams the matches from one searcher (a fixed point in time, so the order is stable even while
   * documents are added) in batches of {@value #STREAM_BATCH}, each resumed after the last one with
   * {@link IndexSearcher#searchAfter}: memory holds one batch, never the result set. Newest or
   * oldest first when the request asks for it, else in index order.
   */
  @Override
  public void forEachMatch(
      SearchRequest request, java.util.function.Consumer<AnalyzedDocument> action) {
    IndexSearcher searcher = acquire();
    try {
      org.apache.lucene.search.Query filtered =
          withFilters(queries.build(request.query()), request);
      org.apache.lucene.search.Sort order =
          request.sort() == Sort.RELEVANCE
              ? org.apache.lucene.search.Sort.INDEXORDER
              : luceneSort(request.sort());
      ScoreDoc after = null;
      while (true) {
        TopDocs batch = searcher.searchAfter(after, filtered, STREAM_BATCH, order, false);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : batch.scoreDocs) {
          action.accept(load(stored, hit.doc));
        }
        if (batch.scoreDocs.length < STREAM_BATCH) {
          return;
        }
        after = batch.scoreDocs[batch.scoreDocs.length - 1];
      }
    } catch (IOException e) {
      throw new UncheckedIOException("streaming matches failed in " + folder, e);
    } finally {
      release(searcher);
    }
  }

  private List<SearchResult.Hit> page(
      IndexSearcher searcher,
      SearchRequest request,
      org.apache.lucene.search.Query main,
      org.apache.lucene.search.Query filtered)
      throws IOException {
    int wanted = request.offset() + request.limit();
    if (request.limit() == 0) {
      return List.of();
    }
    TopDocs top =
        request.sort() == Sort.RELEVANCE
            ? searcher.search(filtered, wanted)
            : searcher.search(filtered, wanted, luceneSort(request.sort()));
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(request.offset(), docs.length);
    int[] ids = new int[docs.length - from];
    for (int i = from; i < docs.length; i++) {
      ids[i - from] = docs[i].doc;
    }
    List<List<SearchResult.Snippet>> cut =
        request.highlight() ? snippets.cut(searcher, main, ids) : null;
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      AnalyzedDocument doc = load(stored, ids[i]);
      float score = Float.isNaN(docs[from + i].score) ? 0f : docs[from + i].score;
      List<SearchResult.Snippet> snippets = cut == null ? List.of() : cut.get(i);
      hits.add(new SearchResult.Hit(doc, score, snippets, copies(searcher, doc)));
    }
    return hits;
  }

  /** How many stored documents copy this one; a copy has none. */
  private static long copies(IndexSearcher searcher, AnalyzedDocument doc) throws IOException {
    if (doc.duplicateOf() != null) {
      return 0;
    }
    return searcher.count(new TermQuery(new Term(SearchFields.DUPLICATE_OF, doc.id())));
  }

  private static org.apache.lucene.search.Sort luceneSort(Sort sort) {
    boolean newest = sort == Sort.NEWEST;
    SortField field = new SortField(IndexFields.PUBLISHED_MILLIS, SortField.Type.LONG, newest);
    field.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new org.apache.lucene.search.Sort(field, SortField.FIELD_DOC);
  }

  private static org.apache.lucene.search.Query withFilters(
      org.apache.lucene.search.Query main, SearchRequest request) {
    Map<String, Set<String>> filters = request.filters();
    if (filters.isEmpty() && !request.excludesCopies()) {
      return main;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, Occur.MUST);
    if (request.excludesCopies()) {
      b.add(new FieldExistsQuery(SearchFields.DUPLICATE_OF), Occur.MUST_NOT);
    }
    filters.forEach(
        (field, values) -> {
          List<BytesRef> terms =
              values.stream().map(v -> new BytesRef(normalizeKeyword(field, v))).toList();
          b.add(new TermInSetQuery(field, terms), Occur.FILTER);
        });
    return b.build();
  }

  private static AnalyzedDocument load(StoredFields stored, int doc) throws IOException {
    Document d = stored.document(doc);
    AnalyzedDocument withoutText = DocumentJson.read(d.get(IndexFields.SOURCE));
    return withoutText.toBuilder().text(d.get(IndexFields.TEXT_STORED)).build();
  }

  private static Document toLucene(
      AnalyzedDocument doc, Optional<Signature> signature, List<String> bandKeys) {
    Document d = searchable(doc);
    d.add(new StringField(SearchFields.ID, doc.id(), Field.Store.NO));
    signature.ifPresent(
        s ->
            d.add(
                new BinaryDocValuesField(
                    IndexFields.MINHASH, CandidateBytes.write(doc.id(), doc.duplicateOf(), s))));
    bandKeys.forEach(k -> d.add(new StringField(IndexFields.LSH, k, Field.Store.NO)));
    if (doc.storyId() != null) {
      String story = normalizeKeyword(SearchFields.STORY, doc.storyId());
      d.add(new StringField(SearchFields.STORY, story, Field.Store.NO));
    }
    if (doc.duplicateOf() != null) {
      d.add(new StringField(SearchFields.DUPLICATE_OF, doc.duplicateOf(), Field.Store.NO));
      d.add(
          new SortedSetDocValuesField(SearchFields.DUPLICATE_OF, new BytesRef(doc.duplicateOf())));
    }
    d.add(
        new StoredField(IndexFields.SOURCE, DocumentJson.write(doc.toBuilder().text("").build())));
    return d;
  }

  /**
   * The fields a query can match (text, keywords, dates), without the stored JSON and the
   * near-duplicate and story records: what {@link TopicMonitor} matches stored queries against.
   */
  static Document searchable(AnalyzedDocument doc) {
    Document d = new Document();
    d.add(new Field(SearchFields.TEXT, doc.text(), IndexFields.TEXT_WITH_OFFSETS));
    if (doc.title() != null) {
      d.add(new TextField(SearchFields.TITLE, doc.title(), Field.Store.NO));
    }
    if (doc.author() != null) {
      d.add(new TextField(SearchFields.AUTHOR, doc.author(), Field.Store.NO));
    }
    keyword(d, SearchFields.LANGUAGE, doc.language());
    keyword(d, SearchFields.SOURCE, doc.sourceId());
    keyword(d, SearchFields.SITE, doc.site());
    keyword(d, SearchFields.TYPE, doc.type());
    keyword(d, SearchFields.CONTENT_TYPE, doc.contentType());
    entities(d, doc.entities());
    speakers(d, doc.quotes());
    PostFields.add(d, doc);
    doc.topics().forEach(t -> keyword(d, SearchFields.TOPIC, t));
    if (doc.fetchedAt() != null) {
      d.add(new NumericDocValuesField(IndexFields.FETCHED_MILLIS, doc.fetchedAt().toEpochMilli()));
    }
    if (doc.url() != null) {
      d.add(new StringField(SearchFields.URL, doc.url(), Field.Store.NO));
    }
    if (doc.published() != null) {
      long millis = PublishedTime.toInstant(doc.published()).toEpochMilli();
      LocalDate day = PublishedTime.toDate(doc.published());
      d.add(new LongPoint(IndexFields.PUBLISHED_MILLIS, millis));
      d.add(new NumericDocValuesField(IndexFields.PUBLISHED_MILLIS, millis));
      keyword(d, SearchFields.YEAR, Integer.toString(day.getYear()));
      keyword(d, SearchFields.MONTH, day.toString().substring(0, 7));
    }
    return d;
  }

  /** An exact, filterable and countable value. */
  private static void keyword(Document d, String field, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String v = normalizeKeyword(field, value);
    d.add(new StringField(field, v, Field.Store.NO));
    d.add(new SortedSetDocValuesField(field, new BytesRef(v)));
  }

  /**
   * One value per distinct canonical name in the {@code person}, {@code organization} and {@code
   * place} fields: matched without regard to case ({@code person:"isabella poeschl"}), counted and
   * shown as written ("Isabella Poeschl"): the indexed term is lower-cased, the doc value that
   * facets count keeps the case.
   */
  private static void entities(Document d, List<Entity> entities) {
    Set<String> seen = new HashSet<>();
    for (Entity e : entities) {
      String field = entityField(e.type());
      if (field == null || e.canonical().isBlank() || !seen.add(field + "\t" + e.canonical())) {
        continue;
      }
      d.add(new StringField(field, normalizeKeyword(field, e.canonical()), Field.Store.NO));
      d.add(new SortedSetDocValuesField(field, new BytesRef(e.canonical())));
    }
  }

  /**
   * One value per distinct speaker of the document's quotes in the {@code speaker} field, matched
   * without regard to case and shown as written, like the entity fields.
   */
  private static void speakers(Document d, List<Quote> quotes) {
    Set<String> seen = new HashSet<>();
    for (Quote q : quotes) {
      String name = q.speaker();
      if (name != null && !name.isBlank() && seen.add(name)) {
        d.add(
            new StringField(
                SearchFields.SPEAKER,
                normalizeKeyword(SearchFields.SPEAKER, name),
                Field.Store.NO));
        d.add(new SortedSetDocValuesField(SearchFields.SPEAKER, new BytesRef(name)));
      }
    }
  }

  private static String entityField(String type) {
    return switch (type) {
      case "PER" -> SearchFields.PERSON;
      case "ORG" -> SearchFields.ORGANIZATION;
      case "LOC" -> SearchFields.PLACE;
      default -> null;
    };
  }

  /**
   * Keyword values are lower-cased, except sources and URLs, which are case-sensitive ids. Entity
   * fields are lower-cased for matching but keep their case in facets ({@link #entities}).
   */
  static String normalizeKeyword(String field, String value) {
    boolean caseSensitive = SearchFields.SOURCE.equals(field) || SearchFields.URL.equals(field);
    return caseSensitive ? value : value.toLowerCase(Locale.ROOT);
  }

  @Override
  public Histogram histogram(SearchRequest request, Interval interval) {
    IndexSearcher searcher = acquire();
    try {
      org.apache.lucene.search.Query filtered =
          withFilters(queries.build(request.query()), request);
      return searcher.search(filtered, new HistogramCollectorManager(interval));
    } catch (IOException e) {
      throw new UncheckedIOException("histogram failed in " + folder, e);
    } finally {
      release(searcher);
    }
  }

  /**
   * Brings one topic's tags in the archive in line with its query: documents matching {@code query}
   * (copies included) gain {@code topicId}, tagged documents that no longer match lose it. {@code
   * query} is {@code null} when the topic was deleted. Runs on a refreshed view of the archive;
   * documents added meanwhile are tagged by the {@link TopicTagger} as they arrive. Callers re-tag
   * one topic at a time (two re-tags of one document at once would lose one change).
   *
   * @param progress told (documents done, documents to change) as the work goes on
   * @return how many documents gained and lost the topic
   */
  public TopicRetag.Result retag(
      String topicId, org.vigie.search.Query query, TopicRetag.Progress progress) {
    commit();
    IndexSearcher searcher = acquire();
    try {
      org.apache.lucene.search.Query matches =
          query == null ? new org.apache.lucene.search.MatchNoDocsQuery() : queries.build(query);
      return new TopicRetag(searcher, writer, detector).run(topicId, matches, progress);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot re-tag topic " + topicId + " in " + folder, e);
    } finally {
      release(searcher);
      commit();
    }
  }

  /** Lucene's form of a stored document whose topics changed, its doc values kept. */
  static Document rewritten(
      AnalyzedDocument doc,
      Optional<Signature> signature,
      List<String> bandKeys,
      BytesRef storyRecord,
      long storySize) {
    Document d = toLucene(doc, signature, bandKeys);
    if (storyRecord != null) {
      d.add(new BinaryDocValuesField(IndexFields.STORY_RECORD, storyRecord));
      d.add(new NumericDocValuesField(IndexFields.STORY_SIZE, storySize));
    }
    return d;
  }

  static AnalyzedDocument loadStored(StoredFields stored, int doc) throws IOException {
    return load(stored, doc);
  }

  private IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index in " + folder, e);
    }
  }
}
