package org.vigie.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.FieldMaskingSpanQuery;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.vigie.search.Query;

/**
 * The span form of a proximity ({@link Query.Near}) in one field: words as span terms of the
 * stemmed field, phrases as ordered spans of its words-as-written twin masked as the stemmed field
 * (both fields hold the same positions, stop words leaving their gaps), groups as span ORs, the
 * proximity an unordered span near. Thread-safe.
 */
final class LuceneSpans {
  private final Analyzer analyzer;
  private final boolean exactPhrases;

  LuceneSpans(Analyzer analyzer, boolean exactPhrases) {
    this.analyzer = analyzer;
    this.exactPhrases = exactPhrases;
  }

  /** The proximity in {@code field}; {@code null} when no clause keeps a word. */
  SpanQuery near(String field, Query.Near near) {
    List<SpanQuery> clauses = new ArrayList<>();
    for (Query c : near.clauses()) {
      SpanQuery s = span(field, c);
      if (s != null) {
        clauses.add(s);
      }
    }
    if (clauses.size() < 2) {
      return clauses.isEmpty() ? null : clauses.getFirst();
    }
    return new SpanNearQuery(clauses.toArray(SpanQuery[]::new), near.distance(), false);
  }

  private SpanQuery span(String field, Query q) {
    return switch (q) {
      case Query.Term t when t.isPrefix() -> prefix(field, t.value());
      case Query.Term t -> words(field, t.value(), 0);
      case Query.Phrase p when exactPhrases -> exact(field, p);
      case Query.Phrase p -> words(field, p.text(), p.slop());
      case Query.Or or -> or(field, or.clauses());
      case Query.Near n -> near(field, n);
      default -> throw new IllegalArgumentException("not a proximity clause: " + q);
    };
  }

  private SpanQuery exact(String field, Query.Phrase p) {
    SpanQuery inner = words(FrenchTextAnalyzer.exact(field), p.text(), p.slop());
    return inner == null ? null : new FieldMaskingSpanQuery(inner, field);
  }

  private SpanQuery or(String field, List<Query> clauses) {
    List<SpanQuery> spans = new ArrayList<>();
    for (Query c : clauses) {
      SpanQuery s = span(field, c);
      if (s != null) {
        spans.add(s);
      }
    }
    return spans.isEmpty() ? null : new SpanOrQuery(spans.toArray(SpanQuery[]::new));
  }

  private SpanQuery prefix(String field, String value) {
    String stem = value.substring(0, value.length() - 1);
    Term term = new Term(field, analyzer.normalize(field, stem));
    return new SpanMultiTermQueryWrapper<>(new PrefixQuery(term));
  }

  /** Analysed words: one span term, or an ordered run of them (within {@code slop}). */
  private SpanQuery words(String field, String text, int slop) {
    List<SpanQuery> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(new SpanTermQuery(new Term(field, term.toString())));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (terms.size() < 2) {
      return terms.isEmpty() ? null : terms.getFirst();
    }
    return new SpanNearQuery(terms.toArray(SpanQuery[]::new), slop, slop == 0);
  }
}
