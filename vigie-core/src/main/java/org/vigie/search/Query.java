package org.vigie.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A search query as a tree, independent of any search engine: the embedded Lucene index and the
 * OpenSearch backend translate the same tree. {@link QueryParser} builds one from the text a user
 * types.
 */
public sealed interface Query {

  /** Matches every document. */
  record All() implements Query {}

  /**
   * Documents containing a word. On full-text fields the word is analysed (French stemming, accents
   * folded); on keyword fields it must equal the value.
   *
   * @param field a field name, or {@code null} for the default full-text fields (title and text)
   * @param value the word as typed; a trailing {@code *} makes it a prefix
   */
  record Term(String field, String value) implements Query {
    public Term {
      Objects.requireNonNull(value, "value");
    }

    public boolean isPrefix() {
      return value.length() > 1 && value.endsWith("*");
    }
  }

  /**
   * Documents containing these words in this order or, with a slop, near it: {@code "a b"~5} finds
   * the words at most five moves from the phrase (positions between them or out of order; two moves
   * swap two words), as Lucene and OpenSearch count them.
   *
   * @param slop 0 for the exact phrase
   */
  record Phrase(String field, String text, int slop) implements Query {
    /** The largest slop accepted: beyond it a proximity search is just an AND. */
    public static final int MAX_SLOP = 100;

    public Phrase {
      Objects.requireNonNull(text, "text");
      if (slop < 0 || slop > MAX_SLOP) {
        throw new IllegalArgumentException("slop must be between 0 and " + MAX_SLOP + ": " + slop);
      }
    }

    /** The exact phrase. */
    public Phrase(String field, String text) {
      this(field, text, 0);
    }
  }

  /** Documents dated within a range of days; a {@code null} end is open. */
  record DateRange(String field, LocalDate from, LocalDate to) implements Query {}

  /** Documents matching every clause. */
  record And(List<Query> clauses) implements Query {
    public And {
      clauses = List.copyOf(clauses);
    }
  }

  /** Documents matching at least one clause. */
  record Or(List<Query> clauses) implements Query {
    public Or {
      clauses = List.copyOf(clauses);
    }
  }

  /** Documents not matching the clause. */
  record Not(Query clause) implements Query {}
}
