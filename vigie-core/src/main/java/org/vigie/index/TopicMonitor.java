package org.vigie.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.Query;
import org.vigie.topics.TopicTagger;

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
   * bench/topics.sh}).
   */
  private static final int PRESEARCH_PASSES = 2;

  private final Analyzer analyzer = new FrenchTextAnalyzer();
  private final LuceneQueryBuilder queries = new LuceneQueryBuilder(analyzer);
  private final Monitor monitor;

  public TopicMonitor() {
    try {
      monitor =
          new Monitor(
              analyzer,
              new org.apache.lucene.monitor.MultipassTermFilteredPresearcher(PRESEARCH_PASSES));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the topic monitor", e);
    }
  }

  /** Adds or replaces topics' queries, keyed by topic id. */
  public void register(Collection<Entry> topics) {
    List<MonitorQuery> list = new ArrayList<>();
    for (Entry t : topics) {
      list.add(new MonitorQuery(t.id(), queries.build(t.query())));
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
          monitor.match(LuceneIndex.searchable(document), QueryMatch.SIMPLE_MATCHER);
      return matches.getMatches().stream().map(QueryMatch::getQueryId).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot match document " + document.id() + " to topics", e);
    }
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
