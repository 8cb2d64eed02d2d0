package org.vigie.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the query language users type, into a {@link Query}. Thread-safe (stateless).
 *
 * <pre>
 *   MINUSMA blogueurs                 both words (AND is implied)
 *   élections OR scrutin              either word; OU is the same
 *   paix NOT Mali, paix -Mali         SAUF is the same as NOT
 *   "maintien de la paix"             a phrase; « maintien de la paix » too
 *   "Goïta transition"~5              the words at most 5 moves apart (proximity)
 *   journaliste PRES/10 (arrêté OU détenu)   within 10 words of each other (NEAR/10 too)
 *   (Mali OR Niger) AND élections     grouping
 *   title:MINUSMA  site:maliweb.net   a field; titre:, langue:, auteur: also work
 *   published:2015  date:2015-01      a year, a month or a day
 *   published:[2015-01-01 TO 2015-06-30], published:[2015 TO *]
 *   commun*                           words starting with "commun"
 * </pre>
 *
 * <p>Operators are recognised only in upper case, so that the French words "et" and "ou" stay
 * words.
 */
public final class QueryParser {

  /**
   * The most words, phrases and ranges one query may hold. Each is matched in several fields, and a
   * query of thousands of words costs every other user of the server: beyond this, the query is
   * refused the same way on every backend (Lucene's and OpenSearch's clause limits are not
   * reached).
   */
  public static final int MAX_TERMS = 400;

  /** The longest query text read, in characters. */
  public static final int MAX_LENGTH = 20_000;

  /** Parses a query; a blank one matches everything. */
  public static Query parse(String text) {
    String s = text == null ? "" : text;
    if (s.length() > MAX_LENGTH) {
      throw QuerySyntaxException.refused(
          "the query is " + s.length() + " characters long; at most " + MAX_LENGTH + " are read");
    }
    List<Token> tokens = new Lexer(s).tokens();
    long terms =
        tokens.stream()
            .filter(t -> t.kind() == Kind.WORD || t.kind() == Kind.PHRASE || t.kind() == Kind.RANGE)
            .count();
    if (terms > MAX_TERMS) {
      throw QuerySyntaxException.refused(
          "the query has " + terms + " words; at most " + MAX_TERMS + " are searched");
    }
    QueryLimits.checkPrefixes(
        tokens.stream().filter(t -> t.kind() == Kind.WORD).map(Token::text).toList());
    return new Parser(tokens).parseAll();
  }

  /** The query's tokens, for checks that read its shape ({@link MixedOperators}). */
  static List<Token> tokens(String text) {
    return new Lexer(text).tokens();
  }

  private QueryParser() {}

  enum Kind {
    WORD,
    PHRASE,
    RANGE,
    FIELD,
    LPAREN,
    RPAREN,
    AND,
    OR,
    NOT,
    NEAR,
    EOF
  }

  /** A piece of the query; {@code slop} is a phrase's proximity ({@code ~N}), else 0. */
  record Token(Kind kind, String text, int position, int slop) {
    Token(Kind kind, String text, int position) {
      this(kind, text, position, 0);
    }
  }

  /** Splits the query text into tokens. */
  private static final class Lexer {
    private final String s;
    private int i;
    private final List<Token> out = new ArrayList<>();

    Lexer(String s) {
      this.s = s;
    }

    List<Token> tokens() {
      while (skipSpaces()) {
        char c = s.charAt(i);
        if (c == '(') {
          out.add(new Token(Kind.LPAREN, "(", i++));
        } else if (c == ')') {
          out.add(new Token(Kind.RPAREN, ")", i++));
        } else if (c == '"' || c == '«' || c == '“') {
          phrase(c);
        } else if (c == '[') {
          range();
        } else if ((c == '-' || c == '+') && i + 1 < s.length() && isWordChar(s.charAt(i + 1))) {
          if (c == '-') {
            out.add(new Token(Kind.NOT, "-", i));
          }
          i++;
        } else {
          word();
        }
      }
      out.add(new Token(Kind.EOF, "", s.length()));
      return out;
    }

    private boolean skipSpaces() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      return i < s.length();
    }

    private static char closing(char open) {
      return switch (open) {
        case '«' -> '»';
        case '“' -> '”';
        default -> '"';
      };
    }

    private void phrase(char open) {
      int start = i;
      int end = s.indexOf(closing(open), i + 1);
      if (end < 0) {
        throw new QuerySyntaxException("quotation mark is never closed", start);
      }
      String text = s.substring(start + 1, end).strip();
      i = end + 1;
      out.add(new Token(Kind.PHRASE, text, start, slop()));
    }

    /** A proximity after a phrase's closing mark: {@code ~N}, or {@code ~} alone for 2. */
    private int slop() {
      if (i >= s.length() || s.charAt(i) != '~') {
        return 0;
      }
      int tilde = i++;
      int digits = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != ')') {
        throw new QuerySyntaxException("a proximity is a number after '~', as in \"a b\"~5", tilde);
      }
      if (digits == i) {
        return 2;
      }
      if (i - digits > 3 || Integer.parseInt(s.substring(digits, i)) > Query.Phrase.MAX_SLOP) {
        throw new QuerySyntaxException(
            "a proximity is at most " + Query.Phrase.MAX_SLOP + " words", tilde);
      }
      return Integer.parseInt(s.substring(digits, i));
    }

    private void range() {
      int start = i;
      int end = s.indexOf(']', i);
      if (end < 0) {
        throw new QuerySyntaxException("range is never closed with ']'", start);
      }
      out.add(new Token(Kind.RANGE, s.substring(start + 1, end).strip(), start));
      i = end + 1;
    }

    private static boolean isWordChar(char c) {
      return !Character.isWhitespace(c) && c != '(' && c != ')' && c != '"' && c != '[';
    }

    private void word() {
      int start = i;
      while (i < s.length() && isWordChar(s.charAt(i))) {
        i++;
      }
      String w = s.substring(start, i);
      int colon = w.indexOf(':');
      if (colon > 0 && SearchFields.resolve(w.substring(0, colon)) != null) {
        out.add(new Token(Kind.FIELD, SearchFields.resolve(w.substring(0, colon)), start));
        i = start + colon + 1;
        return;
      }
      if (w.matches("(?:PRES|PRÈS|NEAR)/\\d{1,3}")) {
        int distance = Integer.parseInt(w.substring(w.indexOf('/') + 1));
        if (distance > Query.Near.MAX_DISTANCE) {
          throw new QuerySyntaxException(
              "a proximity is at most " + Query.Near.MAX_DISTANCE + " words", start);
        }
        out.add(new Token(Kind.NEAR, w, start, distance));
        return;
      }
      out.add(new Token(operatorKind(w), w, start));
    }

    private static Kind operatorKind(String w) {
      return switch (w) {
        case "AND", "ET", "&&" -> Kind.AND;
        case "OR", "OU", "||" -> Kind.OR;
        case "NOT", "SAUF" -> Kind.NOT;
        default -> Kind.WORD;
      };
    }
  }

  /** Recursive descent over the tokens; OR binds looser than AND, AND looser than NOT. */
  private static final class Parser {
    private final List<Token> tokens;
    private int next;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    Query parseAll() {
      if (peek().kind() == Kind.EOF) {
        return new Query.All();
      }
      Query q = or(null);
      Token t = peek();
      if (t.kind() != Kind.EOF) {
        throw new QuerySyntaxException("unexpected '" + t.text() + "'", t.position());
      }
      return q;
    }

    private Token peek() {
      return tokens.get(next);
    }

    private Token take() {
      return tokens.get(next++);
    }

    private Query or(String field) {
      List<Query> clauses = new ArrayList<>(List.of(and(field)));
      while (peek().kind() == Kind.OR) {
        take();
        clauses.add(and(field));
      }
      return clauses.size() == 1 ? clauses.getFirst() : new Query.Or(clauses);
    }

    private Query and(String field) {
      List<Query> clauses = new ArrayList<>(List.of(unary(field)));
      while (startsClause(peek().kind())) {
        if (peek().kind() == Kind.AND) {
          take();
        }
        clauses.add(unary(field));
      }
      return clauses.size() == 1 ? clauses.getFirst() : new Query.And(clauses);
    }

    private static boolean startsClause(Kind k) {
      return k != Kind.OR && k != Kind.RPAREN && k != Kind.EOF;
    }

    private Query unary(String field) {
      if (peek().kind() == Kind.NOT) {
        take();
        return new Query.Not(unary(field));
      }
      return near(field);
    }

    /** Clauses joined by PRES/N, tighter than ET: {@code a PRES/5 b PRES/5 c} is one proximity. */
    private Query near(String field) {
      Query q = primary(field);
      while (peek().kind() == Kind.NEAR) {
        Token op = take();
        Query right = primary(field);
        NearClauses.check(q, op.position());
        NearClauses.check(right, op.position());
        q = NearClauses.join(q, right, op.slop(), op.position());
      }
      return q;
    }

    private Query primary(String field) {
      Token t = take();
      return switch (t.kind()) {
        case LPAREN -> group(field, t);
        case FIELD -> primary(t.text());
        case PHRASE -> new Query.Phrase(field, t.text(), t.slop());
        case WORD -> word(field, t);
        case RANGE -> range(field, t);
        case EOF ->
            throw new QuerySyntaxException("query ends where a word was expected", t.position());
        default -> throw new QuerySyntaxException("unexpected '" + t.text() + "'", t.position());
      };
    }

    private Query group(String field, Token open) {
      if (peek().kind() == Kind.RPAREN) {
        throw new QuerySyntaxException("empty parentheses", open.position());
      }
      Query inner = or(field);
      if (take().kind() != Kind.RPAREN) {
        throw new QuerySyntaxException("parenthesis is never closed", open.position());
      }
      return inner;
    }

    private Query word(String field, Token t) {
      if (field != null && SearchFields.DATE.contains(field)) {
        return period(field, t.text(), t.position());
      }
      QueryLimits.checkWord(field, t.text(), t.position());
      return new Query.Term(field, t.text());
    }

    private Query range(String field, Token t) {
      if (field == null || !SearchFields.DATE.contains(field)) {
        throw new QuerySyntaxException(
            "a range needs a date field, as in published:[2015-01-01 TO 2015-12-31]", t.position());
      }
      String[] ends = t.text().split("\\s+TO\\s+", -1);
      if (ends.length != 2) {
        throw new QuerySyntaxException("a range is written [FROM TO UNTIL]", t.position());
      }
      LocalDate from = ends[0].equals("*") ? null : dayBounds(ends[0], t.position(), true);
      LocalDate to = ends[1].equals("*") ? null : dayBounds(ends[1], t.position(), false);
      if (from != null && to != null && to.isBefore(from)) {
        throw new QuerySyntaxException("range ends before it starts", t.position());
      }
      return new Query.DateRange(field, from, to);
    }

    private static Query period(String field, String value, int position) {
      return new Query.DateRange(
          field, dayBounds(value, position, true), dayBounds(value, position, false));
    }

    /** The first (or last) day of a year, month or day written in ISO 8601. */
    private static LocalDate dayBounds(String value, int position, boolean first) {
      try {
        return switch (value.length()) {
          case 4 ->
              first
                  ? LocalDate.of(Integer.parseInt(value), 1, 1)
                  : LocalDate.of(Integer.parseInt(value), 12, 31);
          case 7 -> first ? YearMonth.parse(value).atDay(1) : YearMonth.parse(value).atEndOfMonth();
          case 10 -> LocalDate.parse(value);
          default -> throw new NumberFormatException();
        };
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new QuerySyntaxException(
            "'" + value + "' is not a date (2015, 2015-01 or 2015-01-30)", position);
      }
    }
  }
}
