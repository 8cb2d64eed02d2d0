package org.vigie.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What {@code PRES/N} may join, checked as the query is read; and the proximity it builds. */
final class NearClauses {
  private NearClauses() {}

  /**
   * Refuses a clause a proximity cannot hold: one that is not made of full-text words and phrases.
   */
  static void check(Query q, int position) {
    if (!operand(q)) {
      throw new QuerySyntaxException(
          "PRES/N joins words, phrases, or words and phrases joined by OU in parentheses",
          position);
    }
  }

  /** {@code left PRES/distance right}; one proximity when {@code left} is one of that distance. */
  static Query join(Query left, Query right, int distance, int position) {
    List<Query> clauses = new ArrayList<>();
    if (left instanceof Query.Near n && n.distance() == distance) {
      clauses.addAll(n.clauses());
    } else {
      clauses.add(left);
    }
    clauses.add(right);
    Query.Near near = new Query.Near(clauses, distance);
    Set<String> fields = new HashSet<>();
    fields(near, fields);
    if (fields.size() > 1) {
      throw new QuerySyntaxException(
          "the words PRES/N joins are in one field, not " + fields, position);
    }
    return near;
  }

  private static boolean operand(Query q) {
    return switch (q) {
      case Query.Term t -> fullText(t.field());
      case Query.Phrase p -> fullText(p.field());
      case Query.Or or -> or.clauses().stream().allMatch(NearClauses::operand);
      case Query.Near n -> true;
      default -> false;
    };
  }

  private static boolean fullText(String field) {
    return field == null || SearchFields.FULL_TEXT.contains(field);
  }

  private static void fields(Query q, Set<String> fields) {
    switch (q) {
      case Query.Term t -> fields.add(String.valueOf(t.field()));
      case Query.Phrase p -> fields.add(String.valueOf(p.field()));
      case Query.Or or -> or.clauses().forEach(c -> fields(c, fields));
      case Query.Near n -> n.clauses().forEach(c -> fields(c, fields));
      default -> {}
    }
  }
}
