package org.vigie.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.vigie.search.IndexedValues;
import org.vigie.search.Query;
import org.vigie.search.SearchFields;

/**
 * Translates Vigie's {@link Query} tree into a Lucene query over the embedded index. Words on
 * full-text fields go through the same analyzer as the indexed text; a word without a field looks
 * in the title (boosted) and the text. Thread-safe.
 */
public final class LuceneQueryBuilder {
  private static final float TITLE_BOOST = 2f;
  private final Analyzer analyzer;

  /**
   * For topic matching: words without a field look in {@link #ALL} (title and text in one field)
   * and the text field is {@link #TEXT_ONLY}, since {@link TopicMonitor} builds such a document.
   */
  private final boolean combined;

  /** Title, then text, in one field with a position gap: one clause per word, not two. */
  public static final String ALL = "_all";

  public static final String TEXT_ONLY = "_text";

  /**
   * Whether quoted words match the words as written ({@link FrenchTextAnalyzer#exact}); off only
   * for highlighting, since snippets are cut from the offsets of the stemmed text field.
   */
  private final boolean exactPhrases;

  public LuceneQueryBuilder(Analyzer analyzer) {
    this(analyzer, false);
  }

  public LuceneQueryBuilder(Analyzer analyzer, boolean combined) {
    this(analyzer, combined, true);
  }

  private LuceneQueryBuilder(Analyzer analyzer, boolean combined, boolean exactPhrases) {
    this.analyzer = analyzer;
    this.combined = combined;
    this.exactPhrases = exactPhrases;
  }

  /**
   * A builder for highlighting: the same queries with quoted words matched in the stemmed fields,
   * whose offsets snippets are cut from (a superset of the words a phrase matched).
   */
  public LuceneQueryBuilder forHighlighting() {
    return new LuceneQueryBuilder(analyzer, combined, false);
  }

  /** The field a full-text field is matched in; its words-as-written twin when {@code exact}. */
  private String fullText(String field, boolean exact) {
    String f = field;
    if (combined) {
      f = field == null ? ALL : SearchFields.TEXT.equals(field) ? TEXT_ONLY : field;
    }
    return exact && f != null ? FrenchTextAnalyzer.exact(f) : f;
  }

  public org.apache.lucene.search.Query build(Query query) {
    org.apache.lucene.search.Query q = translate(query);
    return q == null ? new MatchAllDocsQuery() : q;
  }

  /** Answers {@code null} for a clause that constrains nothing (a stop word alone). */
  private org.apache.lucene.search.Query translate(Query query) {
    return switch (query) {
      case Query.All all -> new MatchAllDocsQuery();
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
  private org.apache.lucene.search.Query near(Query.Near near) {
    LuceneSpans spans = new LuceneSpans(analyzer, exactPhrases);
    if (near.field() != null || combined) {
      return spans.near(fullText(near.field(), false), near);
    }
    org.apache.lucene.search.Query inText = spans.near(SearchFields.TEXT, near);
    if (inText == null) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(spans.near(SearchFields.TITLE, near), TITLE_BOOST), Occur.SHOULD)
        .add(inText, Occur.SHOULD)
        .build();
  }

  /**
   * A quoted value: in full text, its words as written (not stemmed, stop words kept) within {@code
   * slop} moves, so that {@code "otages"} is that word alone; the exact value of a keyword field.
   */
  private org.apache.lucene.search.Query phrase(String field, String text, int slop) {
    if (field != null && SearchFields.KEYWORD.contains(field)) {
      return new TermQuery(new Term(field, IndexedValues.normalize(field, text)));
    }
    return text(field, text, slop, exactPhrases);
  }

  private org.apache.lucene.search.Query term(String field, String value, boolean prefix) {
    if (field != null && SearchFields.KEYWORD.contains(field)) {
      return new TermQuery(new Term(field, IndexedValues.normalize(field, value)));
    }
    if (prefix) {
      return prefix(field, value.substring(0, value.length() - 1));
    }
    return text(field, value, 0, false);
  }

  /**
   * Words on the default fields or one full-text field: a term, or a phrase if analysis splits it.
   */
  private org.apache.lucene.search.Query text(String field, String words, int slop, boolean exact) {
    if (field != null || combined) {
      return analyzedQuery(fullText(field, exact), words, slop);
    }
    org.apache.lucene.search.Query inText =
        analyzedQuery(fullText(SearchFields.TEXT, exact), words, slop);
    if (inText == null) {
      return null;
    }
    org.apache.lucene.search.Query inTitle =
        analyzedQuery(fullText(SearchFields.TITLE, exact), words, slop);
    return new BooleanQuery.Builder()
        .add(new BoostQuery(inTitle, TITLE_BOOST), Occur.SHOULD)
        .add(inText, Occur.SHOULD)
        .build();
  }

  private org.apache.lucene.search.Query analyzedQuery(String field, String words, int slop) {
    List<String> tokens = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, words)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        tokens.add(term.toString());
        positions.add(position);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.getFirst()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
    for (int i = 0; i < tokens.size(); i++) {
      phrase.add(new Term(field, tokens.get(i)), positions.get(i));
    }
    return phrase.build();
  }

  private org.apache.lucene.search.Query prefix(String field, String stem) {
    BytesRef normalized = analyzer.normalize(field == null ? SearchFields.TEXT : field, stem);
    if (field != null || combined) {
      return new PrefixQuery(new Term(fullText(field, false), normalized));
    }
    return new BooleanQuery.Builder()
        .add(
            new BoostQuery(new PrefixQuery(new Term(SearchFields.TITLE, normalized)), TITLE_BOOST),
            Occur.SHOULD)
        .add(new PrefixQuery(new Term(SearchFields.TEXT, normalized)), Occur.SHOULD)
        .build();
  }

  private static org.apache.lucene.search.Query dateRange(LocalDate from, LocalDate to) {
    long lo = from == null ? Long.MIN_VALUE : millis(from);
    long hi = to == null ? Long.MAX_VALUE : millis(to.plusDays(1)) - 1;
    return LongPoint.newRangeQuery(IndexFields.PUBLISHED_MILLIS, lo, hi);
  }

  private static long millis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private org.apache.lucene.search.Query and(List<Query> clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (Query clause : clauses) {
      if (clause instanceof Query.Not not) {
        org.apache.lucene.search.Query excluded = translate(not.clause());
        if (excluded != null) {
          b.add(excluded, Occur.MUST_NOT);
        }
        continue;
      }
      org.apache.lucene.search.Query q = translate(clause);
      if (q != null) {
        b.add(q, Occur.MUST);
        any = true;
      }
    }
    if (!any) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return b.build();
  }

  private org.apache.lucene.search.Query or(List<Query> clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (Query clause : clauses) {
      org.apache.lucene.search.Query q = translate(clause);
      if (q != null) {
        b.add(q, Occur.SHOULD);
        any = true;
      }
    }
    return any ? b.build() : null;
  }

  private org.apache.lucene.search.Query not(Query clause) {
    org.apache.lucene.search.Query excluded = translate(clause);
    if (excluded == null) {
      return new MatchNoDocsQuery("NOT of a clause that matches everything");
    }
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.MUST)
        .add(excluded, Occur.MUST_NOT)
        .build();
  }
}
