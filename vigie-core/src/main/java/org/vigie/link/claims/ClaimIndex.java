package org.vigie.link.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The known claims, in a small in-memory Lucene index of their terms ({@link ClaimVocabulary}),
 * from which a text's candidate claims are retrieved before they are compared one by one; and the
 * addresses where each claim was seen. Thread-safe: adding locks, retrieving does not.
 */
public final class ClaimIndex implements AutoCloseable {
  private static final String ID = "id";
  private static final String TERM = "t";
  private static final int MAX_CLAUSES = 512;

  private final ClaimVocabulary vocabulary;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<Long, Entry> claims = new ConcurrentHashMap<>();
  private final Map<String, Integer> frequencies = new ConcurrentHashMap<>();
  private final Map<String, Set<Long>> byAddress = new ConcurrentHashMap<>();

  /**
   * A known claim with its terms.
   *
   * @param named the terms that name who or where ({@link ClaimVocabulary#named})
   */
  public record Entry(KnownClaim claim, List<String> terms, Set<String> named) {}

  public ClaimIndex(ClaimVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    try {
      this.writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()));
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the in-memory claim index", e);
    }
  }

  public ClaimVocabulary vocabulary() {
    return vocabulary;
  }

  /** Adds claims, or replaces those already known by their id, and makes them searchable. */
  public synchronized void addAll(Collection<KnownClaim> added) {
    try {
      for (KnownClaim c : added) {
        forget(c.id());
        List<String> terms = vocabulary.terms(c.review().claim());
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(c.id()), Field.Store.NO));
        d.add(new StoredField(ID, c.id()));
        for (String t : new LinkedHashSet<>(terms)) {
          d.add(new StringField(TERM, t, Field.Store.NO));
          frequencies.merge(t, 1, Integer::sum);
        }
        writer.updateDocument(new Term(ID, Long.toString(c.id())), d);
        claims.put(c.id(), new Entry(c, terms, vocabulary.named(c.review().claim())));
        for (String a : c.review().appearances()) {
          String key = ClaimAddresses.key(a);
          if (key != null) {
            byAddress.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(c.id());
          }
        }
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index claims", e);
    }
  }

  private void forget(long id) {
    Entry old = claims.remove(id);
    if (old == null) {
      return;
    }
    for (String t : new HashSet<>(old.terms())) {
      frequencies.computeIfPresent(t, (k, n) -> n <= 1 ? null : n - 1);
    }
    byAddress.values().forEach(ids -> ids.remove(id));
  }

  /** How many claims are known. */
  public int size() {
    return claims.size();
  }

  public Entry get(long id) {
    return claims.get(id);
  }

  /**
   * A term's weight: its rarity among the known claims (inverse document frequency, smoothed), so
   * that "Ménaka" counts more than "Mali".
   */
  public double weight(String term) {
    int n = claims.size();
    int df = frequencies.getOrDefault(term, 0);
    return Math.log(1 + (n + 1.0) / (df + 0.5));
  }

  /** The claims sharing most (rarest) terms with these terms, best first, at most {@code k}. */
  public List<Entry> candidates(List<String> terms, int k) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int clauses = 0;
    for (String t : new LinkedHashSet<>(terms)) {
      if (frequencies.containsKey(t) && clauses++ < MAX_CLAUSES) {
        q.add(new TermQuery(new Term(TERM, t)), BooleanClause.Occur.SHOULD);
      }
    }
    if (clauses == 0) {
      return List.of();
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        List<Entry> found = new ArrayList<>();
        for (ScoreDoc hit : s.search(q.build(), k).scoreDocs) {
          long id = s.storedFields().document(hit.doc).getField(ID).numericValue().longValue();
          Entry e = claims.get(id);
          if (e != null) {
            found.add(e);
          }
        }
        return found;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the claim index", e);
    }
  }

  /** The claims seen at this address (a page, a post, a picture). */
  public List<Entry> seenAt(String address) {
    String key = ClaimAddresses.key(address);
    Set<Long> ids = key == null ? null : byAddress.get(key);
    if (ids == null) {
      return List.of();
    }
    return ids.stream().map(claims::get).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the claim index", e);
    }
  }
}
