package org.vigie.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.vigie.search.IndexedValues;
import org.vigie.search.Query;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.lucene.FrenchTextAnalyzer;

/**
 * Translates Vigie's {@link Query} tree into OpenSearch's query DSL, clause for clause as the
 * embedded index's translation does: words on full-text fields are matched as a phrase of their
 * analysed tokens by the cluster's {@code vigie_french} analyser (a single token is a term), quoted
 * words as a phrase of the words as written in the {@code .exact} subfields, a word without a field
 * looks in the title (boosted ×2) and the text, keyword fields match their normalised value
 * exactly. A clause whose words are all stop words constrains nothing, as in the embedded index:
 * that is decided here with the same analyser, so both backends agree. Thread-safe.
 */
final class OpenSearchQueries {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final float TITLE_BOOST = 2f;
  private final Analyzer analyzer = new FrenchTextAnalyzer();

  /**
   * Whether quoted words match the words as written (the {@code .exact} subfields); off only for
   * the highlight query, since snippets are cut from the stemmed text field.
   */
  private final boolean exactPhrases;

  private final OpenSearchQueries highlighting;

  OpenSearchQueries() {
    this.exactPhrases = true;
    this.highlighting = new OpenSearchQueries(false);
  }

  private OpenSearchQueries(boolean exactPhrases) {
    this.exactPhrases = exactPhrases;
    this.highlighting = this;
  }

  /** The same translation with quoted words matched in the stemmed fields, for highlighting. */
  OpenSearchQueries forHighlighting() {
    return highlighting;
  }

  /** The request's query with its filters and, unless asked for, copies left out. */
  ObjectNode filtered(SearchRequest request) {
    ObjectNode main = build(request.query());
    Map<String, Set<String>> filters = request.filters();
    if (filters.isEmpty() && !request.excludesCopies()) {
      return main;
    }
    ObjectNode bool = F.objectNode();
    ObjectNode b = bool.putObject("bool");
    b.putArray("must").add(main);
    if (request.excludesCopies()) {
      b.putArray("must_not").add(exists(DocumentSource.MATCH + SearchFields.DUPLICATE_OF));
    }
    ArrayNode filter = b.putArray("filter");
    filters.forEach(
        (field, values) -> {
          ObjectNode terms = F.objectNode();
          ArrayNode v = terms.putObject("terms").putArray(DocumentSource.MATCH + field);
          values.forEach(value -> v.add(IndexedValues.normalize(field, value)));
          filter.add(terms);
        });
    return bool;
  }

  ObjectNode build(Query query) {
    ObjectNode q = translate(query);
    return q == null ? matchAll() : q;
  }

  /** Answers {@code null} for a clause that constrains nothing (a stop word alone). */
  private ObjectNode translate(Query query) {
    return switch (query) {
      case Query.All all -> matchAll();
      case Query.Term t -> term(t.field(), t.value(), t.isPrefix());
      case Query.Phrase p -> phrase(p.field(), p.text(), p.slop());
      case Query.DateRange r -> dateRange(r.from(), r.to());
      case Query.And and -> and(and.clauses());
      case Query.Or or -> or(or.clauses());
      case Query.Not not -> not(not.clause());
      case Query.Near near -> near(near);
    };
  }

  /** A proximity in one field, or in the title (boosted) and in the text. */
  private ObjectNode near(Query.Near near) {
    OpenSearchSpans spans = new OpenSearchSpans(analyzer, exactPhrases);
    if (near.field() != null) {
      return spans.near(near.field(), near, 1f);
    }
    ObjectNode inText = spans.near(SearchFields.TEXT, near, 1f);
    if (inText == null) {
      return null;
    }
    return should(List.of(spans.near(SearchFields.TITLE, near, TITLE_BOOST), inText));
  }

  private ObjectNode phrase(String field, String text, int slop) {
    if (field != null && SearchFields.KEYWORD.contains(field)) {
      return keyword(field, text);
    }
    return text(field, text, slop, exactPhrases);
  }

  private ObjectNode term(String field, String value, boolean prefix) {
    if (field != null && SearchFields.KEYWORD.contains(field)) {
      return keyword(field, value);
    }
    if (prefix) {
      return prefix(field, value.substring(0, value.length() - 1));
    }
    return text(field, value, 0, false);
  }

  private static ObjectNode keyword(String field, String value) {
    ObjectNode q = F.objectNode();
    q.putObject("term").put(DocumentSource.MATCH + field, IndexedValues.normalize(field, value));
    return q;
  }

  /** Words as a phrase of stemmed words, or of the words as written when {@code exact}. */
  private ObjectNode text(String field, String words, int slop, boolean exact) {
    if (!hasTokens(words, exact)) {
      return null;
    }
    if (field != null) {
      return matchPhrase(as(field, exact), words, 1f, slop);
    }
    return should(
        List.of(
            matchPhrase(as(SearchFields.TITLE, exact), words, TITLE_BOOST, slop),
            matchPhrase(as(SearchFields.TEXT, exact), words, 1f, slop)));
  }

  private static String as(String field, boolean exact) {
    return exact ? FrenchTextAnalyzer.exact(field) : field;
  }

  /** Words as a phrase, within {@code slop} moves, as the embedded index's phrase query. */
  private static ObjectNode matchPhrase(String field, String words, float boost, int slop) {
    ObjectNode q = F.objectNode();
    ObjectNode f = q.putObject("match_phrase").putObject(field);
    f.put("query", words);
    if (slop > 0) {
      f.put("slop", slop);
    }
    if (boost != 1f) {
      f.put("boost", boost);
    }
    return q;
  }

  /**
   * A prefix of indexed terms: normalised as the embedded analyser's {@code normalize} does (elided
   * article removed, lower case, accents folded), not stemmed.
   */
  private ObjectNode prefix(String field, String stem) {
    String normalized = normalizePrefix(stem);
    if (field != null) {
      return prefixQuery(field, normalized, 1f);
    }
    return should(
        List.of(
            prefixQuery(SearchFields.TITLE, normalized, TITLE_BOOST),
            prefixQuery(SearchFields.TEXT, normalized, 1f)));
  }

  private static ObjectNode prefixQuery(String field, String value, float boost) {
    ObjectNode q = F.objectNode();
    ObjectNode f = q.putObject("prefix").putObject(field);
    f.put("value", value);
    if (boost != 1f) {
      f.put("boost", boost);
    }
    return q;
  }

  static String normalizePrefix(String stem) {
    String s = stem.toLowerCase(Locale.ROOT);
    int apostrophe = Math.max(s.indexOf('\''), s.indexOf('’'));
    if (apostrophe > 0
        && Set.of(
                "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu")
            .contains(s.substring(0, apostrophe))) {
      s = s.substring(apostrophe + 1);
    }
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static ObjectNode dateRange(LocalDate from, LocalDate to) {
    ObjectNode q = F.objectNode();
    ObjectNode r = q.putObject("range").putObject(DocumentSource.PUBLISHED_MS);
    if (from != null) {
      r.put("gte", millis(from));
    }
    if (to != null) {
      r.put("lte", millis(to.plusDays(1)) - 1);
    }
    if (from == null && to == null) {
      return exists(DocumentSource.PUBLISHED_MS);
    }
    return q;
  }

  private static long millis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private ObjectNode and(List<Query> clauses) {
    ObjectNode q = F.objectNode();
    ObjectNode b = q.putObject("bool");
    ArrayNode must = b.putArray("must");
    ArrayNode mustNot = b.putArray("must_not");
    for (Query clause : clauses) {
      if (clause instanceof Query.Not not) {
        ObjectNode excluded = translate(not.clause());
        if (excluded != null) {
          mustNot.add(excluded);
        }
        continue;
      }
      ObjectNode c = translate(clause);
      if (c != null) {
        must.add(c);
      }
    }
    if (must.isEmpty()) {
      must.add(matchAll());
    }
    return q;
  }

  private ObjectNode or(List<Query> clauses) {
    List<ObjectNode> kept = clauses.stream().map(this::translate).filter(c -> c != null).toList();
    return kept.isEmpty() ? null : should(kept);
  }

  private ObjectNode not(Query clause) {
    ObjectNode excluded = translate(clause);
    ObjectNode q = F.objectNode();
    if (excluded == null) {
      q.putObject("match_none");
      return q;
    }
    ObjectNode b = q.putObject("bool");
    b.putArray("must").add(matchAll());
    b.putArray("must_not").add(excluded);
    return q;
  }

  private static ObjectNode should(List<ObjectNode> clauses) {
    ObjectNode q = F.objectNode();
    ObjectNode b = q.putObject("bool");
    ArrayNode should = b.putArray("should");
    clauses.forEach(should::add);
    b.put("minimum_should_match", 1);
    return q;
  }

  static ObjectNode matchAll() {
    ObjectNode q = F.objectNode();
    q.putObject("match_all");
    return q;
  }

  static ObjectNode exists(String field) {
    ObjectNode q = F.objectNode();
    q.putObject("exists").put("field", field);
    return q;
  }

  /** Whether the embedded analyser keeps any token of these words. */
  private boolean hasTokens(String words, boolean exact) {
    try (TokenStream ts = analyzer.tokenStream(as(SearchFields.TEXT, exact), words)) {
      ts.reset();
      boolean any = ts.incrementToken();
      while (ts.incrementToken()) {
        // drain, as the TokenStream contract asks before end()
      }
      ts.end();
      return any;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
