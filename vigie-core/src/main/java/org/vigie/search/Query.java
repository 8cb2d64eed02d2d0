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

  /**
   * Documents where the clauses occur within {@code distance} words of each other, in any order:
   * {@code journaliste PRES/10 (arrêté OU détenu)}. Unlike ET, which accepts words a long article
   * mentions pages apart, the words must be near, as in one sentence. Each clause is a word, a
   * phrase (its words as written), words and phrases joined by OU, or another proximity; all in one
   * full-text field.
   *
   * @param distance the most words between two clauses' matches
   */
  record Near(List<Query> clauses, int distance) implements Query {
    /** The largest distance accepted. */
    public static final int MAX_DISTANCE = 100;

    public Near {
      clauses = List.copyOf(clauses);
      if (clauses.size() < 2) {
        throw new IllegalArgumentException("a proximity joins two clauses or more: " + clauses);
      }
      if (distance < 0 || distance > MAX_DISTANCE) {
        throw new IllegalArgumentException(
            "distance must be between 0 and " + MAX_DISTANCE + ": " + distance);
      }
    }

    /** The field of its words ({@code null}: the default fields); the parser checks it is one. */
    public String field() {
      return fieldOf(clauses);
    }

    private static String fieldOf(List<Query> queries) {
      for (Query c : queries) {
        String f =
            switch (c) {
              case Term t -> t.field();
              case Phrase p -> p.field();
              case Or or -> fieldOf(or.clauses());
              case Near n -> n.field();
              default -> null;
            };
        if (f != null) {
          return f;
        }
      }
      return null;
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
