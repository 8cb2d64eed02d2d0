package org.vigie.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.vigie.search.Query;
import org.vigie.search.lucene.FrenchTextAnalyzer;

/**
 * A proximity ({@link Query.Near}) as OpenSearch span queries, as the embedded index builds it:
 * words analysed here by the same analyser into span terms of the stemmed field, phrases as ordered
 * spans of the {@code .exact} subfield masked as the stemmed field, groups as span ORs, the
 * proximity an unordered span near. Thread-safe.
 */
final class OpenSearchSpans {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final Analyzer analyzer;
  private final boolean exactPhrases;

  OpenSearchSpans(Analyzer analyzer, boolean exactPhrases) {
    this.analyzer = analyzer;
    this.exactPhrases = exactPhrases;
  }

  /** The proximity in {@code field}; {@code null} when no clause keeps a word. */
  ObjectNode near(String field, Query.Near near, float boost) {
    List<ObjectNode> clauses = spans(field, near.clauses());
    if (clauses.size() < 2) {
      return clauses.isEmpty() ? null : clauses.getFirst();
    }
    ObjectNode q = F.objectNode();
    ObjectNode n = q.putObject("span_near");
    ArrayNode list = n.putArray("clauses");
    clauses.forEach(list::add);
    n.put("slop", near.distance());
    n.put("in_order", false);
    if (boost != 1f) {
      n.put("boost", boost);
    }
    return q;
  }

  private List<ObjectNode> spans(String field, List<Query> queries) {
    List<ObjectNode> spans = new ArrayList<>();
    for (Query c : queries) {
      ObjectNode s = span(field, c);
      if (s != null) {
        spans.add(s);
      }
    }
    return spans;
  }

  private ObjectNode span(String field, Query q) {
    return switch (q) {
      case Query.Term t when t.isPrefix() -> prefix(field, t.value());
      case Query.Term t -> words(field, t.value(), 0);
      case Query.Phrase p when exactPhrases -> exact(field, p);
      case Query.Phrase p -> words(field, p.text(), p.slop());
      case Query.Or or -> or(field, or.clauses());
      case Query.Near n -> near(field, n, 1f);
      default -> throw new IllegalArgumentException("not a proximity clause: " + q);
    };
  }

  private ObjectNode exact(String field, Query.Phrase p) {
    ObjectNode inner = words(FrenchTextAnalyzer.exact(field), p.text(), p.slop());
    if (inner == null) {
      return null;
    }
    ObjectNode q = F.objectNode();
    ObjectNode m = q.putObject("field_masking_span");
    m.set("query", inner);
    m.put("field", field);
    return q;
  }

  private ObjectNode or(String field, List<Query> clauses) {
    List<ObjectNode> spans = spans(field, clauses);
    if (spans.isEmpty()) {
      return null;
    }
    ObjectNode q = F.objectNode();
    ArrayNode list = q.putObject("span_or").putArray("clauses");
    spans.forEach(list::add);
    return q;
  }

  private static ObjectNode prefix(String field, String value) {
    String stem = OpenSearchQueries.normalizePrefix(value.substring(0, value.length() - 1));
    ObjectNode q = F.objectNode();
    q.putObject("span_multi")
        .putObject("match")
        .putObject("prefix")
        .putObject(field)
        .put("value", stem);
    return q;
  }

  /** Analysed words: one span term, or an ordered run of them (within {@code slop}). */
  private ObjectNode words(String field, String text, int slop) {
    List<ObjectNode> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        ObjectNode t = F.objectNode();
        t.putObject("span_term").put(field, term.toString());
        terms.add(t);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (terms.size() < 2) {
      return terms.isEmpty() ? null : terms.getFirst();
    }
    ObjectNode q = F.objectNode();
    ObjectNode n = q.putObject("span_near");
    ArrayNode list = n.putArray("clauses");
    terms.forEach(list::add);
    n.put("slop", slop);
    n.put("in_order", slop == 0);
    return q;
  }
}
