package org.vigie.link.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.QueryVisitor;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.Query;
import org.vigie.search.SearchFields;
import org.vigie.search.lucene.FrenchTextAnalyzer;
import org.vigie.search.lucene.LuceneFields;
import org.vigie.search.lucene.LuceneQueryBuilder;

/**
 * The taxonomy's stored queries, matched against each new document with Lucene Monitor: queries are
 * indexed by their terms, so a document is only checked against the few queries that share a term
 * with it, and thousands of topics cost little per document. A document is matched on the same
 * fields, analysed the same way, as the archive's index, so a topic tags exactly the documents a
 * search for its query finds. Thread-safe; kept in memory and rebuilt from the catalog when the
 * archive opens.
 */
public final class TopicMonitor implements TopicTagger, AutoCloseable {
  /**
   * Conjunctions are indexed by two of their terms, so a document that has only one of them is not
   * a candidate (1.73 ms of CPU per document against 1.90 with one pass, 5 000 topics, {@code
   * bench/topics.sh}, before words were matched in one combined field).
   */
  private static final int PRESEARCH_PASSES = 2;

  /**
   * Positions between the title and the text in {@link LuceneQueryBuilder#ALL}: no phrase spans
   * them.
   */
  private static final int TITLE_GAP = 1_000;

  private final Analyzer analyzer = new FrenchTextAnalyzer();
  private final LuceneQueryBuilder queries = new LuceneQueryBuilder(analyzer, true);

  /** Whether some query names the text field alone, which then needs a field of its own. */
  private volatile boolean textOnly;

  /**
   * The fields the registered queries read: a document is matched on those alone, since analysing
   * the others (the title a second time, the author) would cost every document for nothing. It only
   * grows: a removed topic's fields stay, which costs time, never a match.
   */
  private final Set<String> queriedFields = ConcurrentHashMap.newKeySet();

  private final Monitor monitor;

  public TopicMonitor() {
    try {
      Analyzer gapped =
          new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
              return analyzer;
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
              return TITLE_GAP;
            }
          };
      monitor = new Monitor(gapped, new MultipassTermFilteredPresearcher(PRESEARCH_PASSES));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the topic monitor", e);
    }
  }

  /** Adds or replaces topics' queries, keyed by topic id. */
  public void register(Collection<Entry> topics) {
    List<MonitorQuery> list = new ArrayList<>();
    for (Entry t : topics) {
      org.apache.lucene.search.Query q = queries.build(t.query());
      q.visit(
          new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
              queriedFields.add(field);
              if (field.startsWith(LuceneQueryBuilder.TEXT_ONLY)) {
                textOnly = true;
              }
              return true;
            }
          });
      list.add(new MonitorQuery(t.id(), q));
    }
    try {
      monitor.register(list);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot register " + list.size() + " topic queries", e);
    }
  }

  /** Adds or replaces one topic's query. */
  public void register(String id, Query query) {
    register(List.of(new Entry(id, query)));
  }

  public void remove(String id) {
    try {
      monitor.deleteById(id);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove topic " + id, e);
    }
  }

  /** How many topic queries are registered. */
  public int size() {
    try {
      return monitor.getQueryCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> topicsOf(AnalyzedDocument document) {
    try {
      MatchingQueries<QueryMatch> matches =
          monitor.match(matchable(document), QueryMatch.SIMPLE_MATCHER);
      return matches.getMatches().stream().map(QueryMatch::getQueryId).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot match document " + document.id() + " to topics", e);
    }
  }

  /**
   * The document's searchable fields that some query reads, with its text in {@link
   * LuceneQueryBuilder#ALL} after its title (a gap between them) instead of the text field, and in
   * {@link LuceneQueryBuilder#TEXT_ONLY} too when a query names the text alone.
   */
  private Document matchable(AnalyzedDocument document) {
    Document all = LuceneFields.searchable(document);
    String text = all.get(SearchFields.TEXT);
    Document d = new Document();
    for (IndexableField f : all) {
      if (!f.name().startsWith(SearchFields.TEXT) && queriedFields.contains(f.name())) {
        d.add(f);
      }
    }
    combined(d, LuceneQueryBuilder.ALL, document.title(), text);
    combined(d, FrenchTextAnalyzer.exact(LuceneQueryBuilder.ALL), document.title(), text);
    if (textOnly) {
      combined(d, LuceneQueryBuilder.TEXT_ONLY, null, text);
      combined(d, FrenchTextAnalyzer.exact(LuceneQueryBuilder.TEXT_ONLY), null, text);
    }
    return d;
  }

  /** The title then the text in one field, when some query reads that field. */
  private void combined(Document d, String field, String title, String text) {
    if (!queriedFields.contains(field)) {
      return;
    }
    if (title != null) {
      d.add(new TextField(field, title, Field.Store.NO));
    }
    d.add(new TextField(field, text, Field.Store.NO));
  }

  @Override
  public void close() {
    try {
      monitor.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A topic's id and parsed query. */
  public record Entry(String id, Query query) {}
}
