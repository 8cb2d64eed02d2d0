package org.vigie.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds where a query mixes OU and ET at one level of parentheses, as in {@code journaliste OU
 * journalistes ET arrêté}: ET binds tighter, so that reads {@code journaliste OU (journalistes ET
 * arrêté)}, which is rarely what the author meant. Words side by side are an ET too ({@code
 * présidentielle OU second tour}); a SAUF after a word also joins with ET. The topic editor and
 * {@code vigie topics} warn with the position found; the query stays valid. Thread-safe
 * (stateless).
 */
public final class MixedOperators {
  private MixedOperators() {}

  /**
   * The position (0-based) of the first OU of a level of parentheses that also joins clauses with
   * ET, or empty when every such level uses one operator (or the query cannot be read: the parser
   * says why).
   */
  public static OptionalInt find(String query) {
    List<QueryParser.Token> tokens;
    try {
      tokens = QueryParser.tokens(query == null ? "" : query);
    } catch (QuerySyntaxException e) {
      return OptionalInt.empty();
    }
    Deque<Level> levels = new ArrayDeque<>();
    levels.push(new Level());
    QueryParser.Token previous = null;
    for (QueryParser.Token t : tokens) {
      Level level = levels.peek();
      switch (t.kind()) {
        case OR -> level.or(t.position());
        case AND -> level.and = true;
        case RPAREN -> {
          if (levels.size() > 1) {
            levels.pop();
          }
        }
        case EOF, NEAR -> {}
        default -> {
          if (endsClause(previous)) {
            level.and = true;
          }
          if (t.kind() == QueryParser.Kind.LPAREN) {
            levels.push(new Level());
          }
        }
      }
      if (level.mixed()) {
        return OptionalInt.of(level.firstOr);
      }
      previous = t;
    }
    return OptionalInt.empty();
  }

  private static boolean endsClause(QueryParser.Token t) {
    return t != null
        && switch (t.kind()) {
          case WORD, PHRASE, RANGE, RPAREN -> true;
          default -> false;
        };
  }

  /** One level of parentheses: its first OU, and whether it joins clauses with ET. */
  private static final class Level {
    int firstOr = -1;
    boolean and;

    void or(int position) {
      if (firstOr < 0) {
        firstOr = position;
      }
    }

    boolean mixed() {
      return firstOr >= 0 && and;
    }
  }
}
