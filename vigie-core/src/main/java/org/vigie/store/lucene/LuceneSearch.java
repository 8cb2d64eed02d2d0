package org.vigie.store.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.Histogram;
import org.vigie.search.IndexedValues;
import org.vigie.search.Interval;
import org.vigie.search.QueryLimits;
import org.vigie.search.QueryParser;
import org.vigie.search.QuerySyntaxException;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;
import org.vigie.search.lucene.IndexFields;
import org.vigie.search.lucene.LuceneQueryBuilder;

/**
 * Searches of the embedded index on one searcher: a page of hits with snippets and copy counts,
 * facets counted on global ordinals, date histograms, and streams of every match.
 */
final class LuceneSearch {
  private static final int FACET_VALUES = 50;

  /** Documents loaded per step of {@link #forEachMatch}. */
  private static final int STREAM_BATCH = 1_000;

  private final LuceneQueryBuilder queries;

  /** Phrases matched in the stemmed text, whose offsets snippets are cut from. */
  private final LuceneQueryBuilder highlighted;

  private final Snippets snippets;
  private final GlobalOrdinals ordinals = new GlobalOrdinals();

  /** How long one search or histogram may run (see {@link QueryLimits#TIME}). */
  private final Duration budget;

  LuceneSearch(Analyzer analyzer, Duration budget) {
    this.budget = budget;
    this.queries = new LuceneQueryBuilder(analyzer);
    this.highlighted = queries.forHighlighting();
    this.snippets = new Snippets(analyzer);
  }

  Query query(org.vigie.search.Query query) {
    return queries.build(query);
  }

  /**
   * Lucene's limit on the clauses a query rewrites to: above {@link QueryParser#MAX_TERMS} words in
   * two fields each, with room for prefixes that expand.
   */
  static final int MAX_CLAUSES = 8_192;

  static {
    IndexSearcher.setMaxClauseCount(Math.max(MAX_CLAUSES, IndexSearcher.getMaxClauseCount()));
  }

  /**
   * A page of hits with facets, within the time budget: a search that runs past it is stopped and
   * refused ({@link QueryLimits#tooSlow}), as OpenSearch's {@code timeout} refuses it.
   */
  SearchResult search(IndexSearcher shared, SearchRequest request) throws IOException {
    IndexSearcher searcher = timed(shared);
    try {
      SearchResult result = unbounded(searcher, request);
      if (searcher.timedOut()) {
        throw QueryLimits.tooSlow(budget);
      }
      return result;
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooBroad(e);
    }
  }

  /**
   * A searcher of the same point in time whose collection stops once the budget is spent: its own
   * instance, since the timeout and its flag belong to the searcher and the shared one serves every
   * request at once.
   */
  private IndexSearcher timed(IndexSearcher shared) {
    IndexSearcher timed = new IndexSearcher(shared.getIndexReader());
    timed.setSimilarity(shared.getSimilarity());
    timed.setQueryCache(shared.getQueryCache());
    timed.setQueryCachingPolicy(shared.getQueryCachingPolicy());
    long deadline = System.nanoTime() + budget.toNanos();
    timed.setTimeout(() -> System.nanoTime() - deadline >= 0);
    return timed;
  }

  /** A query that rewrites to too many clauses is the user's to narrow, not a server error. */
  static QuerySyntaxException tooBroad(IndexSearcher.TooManyClauses e) {
    return QuerySyntaxException.refused(
        "the query expands to more than "
            + IndexSearcher.getMaxClauseCount()
            + " searched words (short prefixes such as 'a*' match many words): make it narrower");
  }

  private SearchResult unbounded(IndexSearcher searcher, SearchRequest request) throws IOException {
    long start = System.nanoTime();
    Query main = queries.build(request.query());
    Query filtered = withFilters(main, request);
    FacetCollectorManager.Counts counts =
        searcher.search(
            filtered,
            new FacetCollectorManager(
                searcher.getIndexReader(), request.facets(), FACET_VALUES, ordinals));
    List<SearchResult.Hit> hits = page(searcher, request, filtered);
    long took = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(counts.total(), hits, counts.facets(), took);
  }

  /**
   * Streams the matches from one searcher (a fixed point in time, so the order is stable even while
   * documents are added) in batches of {@value #STREAM_BATCH}, each resumed after the last one with
   * {@link IndexSearcher#searchAfter}: memory holds one batch, never the result set. Newest or
   * oldest first when the request asks for it, else in index order.
   */
  Void forEachMatch(
      IndexSearcher searcher, SearchRequest request, Consumer<AnalyzedDocument> action)
      throws IOException {
    try {
      return streamMatches(searcher, request, action);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooBroad(e);
    }
  }

  private Void streamMatches(
      IndexSearcher searcher, SearchRequest request, Consumer<AnalyzedDocument> action)
      throws IOException {
    Query filtered = withFilters(queries.build(request.query()), request);
    org.apache.lucene.search.Sort order =
        request.sort() == Sort.RELEVANCE
            ? org.apache.lucene.search.Sort.INDEXORDER
            : sort(request.sort());
    ScoreDoc after = null;
    while (true) {
      TopDocs batch = searcher.searchAfter(after, filtered, STREAM_BATCH, order, false);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : batch.scoreDocs) {
        action.accept(LuceneDocuments.load(stored, hit.doc));
      }
      if (batch.scoreDocs.length < STREAM_BATCH) {
        return null;
      }
      after = batch.scoreDocs[batch.scoreDocs.length - 1];
    }
  }

  Histogram histogram(IndexSearcher searcher, SearchRequest request, Interval interval)
      throws IOException {
    Query filtered = withFilters(queries.build(request.query()), request);
    IndexSearcher timed = timed(searcher);
    try {
      Histogram histogram = timed.search(filtered, new HistogramCollectorManager(interval));
      if (timed.timedOut()) {
        throw QueryLimits.tooSlow(budget);
      }
      return histogram;
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooBroad(e);
    }
  }

  private List<SearchResult.Hit> page(IndexSearcher searcher, SearchRequest request, Query filtered)
      throws IOException {
    int wanted = request.offset() + request.limit();
    if (request.limit() == 0) {
      return List.of();
    }
    TopDocs top =
        request.sort() == Sort.RELEVANCE
            ? searcher.search(filtered, wanted)
            : searcher.search(filtered, wanted, sort(request.sort()));
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(request.offset(), docs.length);
    int[] ids = new int[docs.length - from];
    for (int i = from; i < docs.length; i++) {
      ids[i - from] = docs[i].doc;
    }
    List<List<SearchResult.Snippet>> cut =
        request.highlight()
            ? snippets.cut(searcher, highlighted.build(request.query()), ids)
            : null;
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      AnalyzedDocument doc = LuceneDocuments.load(stored, ids[i]);
      float score = Float.isNaN(docs[from + i].score) ? 0f : docs[from + i].score;
      List<SearchResult.Snippet> parts = cut == null ? List.of() : cut.get(i);
      hits.add(new SearchResult.Hit(doc, score, parts, copies(searcher, doc)));
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

  /** Newest or oldest first by publication time, undated documents last; index order on ties. */
  static org.apache.lucene.search.Sort sort(Sort sort) {
    boolean newest = sort == Sort.NEWEST;
    SortField field = new SortField(IndexFields.PUBLISHED_MILLIS, SortField.Type.LONG, newest);
    field.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new org.apache.lucene.search.Sort(field, SortField.FIELD_DOC);
  }

  private static Query withFilters(Query main, SearchRequest request) {
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
              values.stream().map(v -> new BytesRef(IndexedValues.normalize(field, v))).toList();
          b.add(new TermInSetQuery(field, terms), Occur.FILTER);
        });
    return b.build();
  }
}
