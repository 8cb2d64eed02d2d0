package org.vigie.search;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one query may cost, alike on every backend: the rules are checked here, in the shared query
 * layer, before a backend sees the query, and each backend enforces the same time budget. A query
 * that one user can make expensive for everyone (a word that starts with a wildcard, a regular
 * expression, fuzzy terms, hundreds of truncated words, pages deep in the results) is refused with
 * a {@link QuerySyntaxException} that says what to write instead; the web answers it as a 400 in
 * the interface's language, the command line with exit code 2.
 *
 * <p>The query language has no leading wildcards, regular expressions or fuzzy terms: rather than
 * search them silently as plain words, the parser refuses them.
 */
public final class QueryLimits {
  /** The most truncated words ({@code commun*}) one query may hold: each expands to many words. */
  public static final int MAX_PREFIXES = 50;

  /** The fewest letters before a truncation's {@code *}: {@code a*} matches a tenth of French. */
  public static final int MIN_PREFIX = 2;

  /** How long one search (hits, facets, histogram) may run before it is stopped and refused. */
  public static final Duration TIME = Duration.ofSeconds(10);

  private static final Pattern INNER_QUESTION = Pattern.compile("\\?[\\p{L}\\p{N}]");
  private static final Pattern FUZZY = Pattern.compile(".*\\p{L}~\\d*");

  private QueryLimits() {}

  /**
   * Checks one word as typed, before it becomes a term.
   *
   * @throws QuerySyntaxException for a leading or inner wildcard, a regular expression, a fuzzy
   *     term, or a truncation with fewer than {@link #MIN_PREFIX} letters
   */
  static void checkWord(String field, String word, int position) {
    boolean exact = field != null && SearchFields.KEYWORD.contains(field);
    if (word.length() > 1 && (word.charAt(0) == '*' || (!exact && word.charAt(0) == '?'))) {
      throw new QuerySyntaxException(
          "a word cannot start with a wildcard ('" + word + "'): write its first letters",
          position);
    }
    if (!exact) { // an exact value (a URL, a relation) may hold '?', '/' and '~'
      checkFullTextWord(word, position);
    }
    String body = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
    if (body.indexOf('*') >= 0) {
      throw new QuerySyntaxException(
          "a wildcard is read only at the end of a word ('" + word + "')", position);
    }
    if (word.length() > 1 && word.endsWith("*") && letters(body) < MIN_PREFIX) {
      throw new QuerySyntaxException(
          "a truncated word needs at least " + MIN_PREFIX + " letters before '*' ('" + word + "')",
          position);
    }
  }

  private static void checkFullTextWord(String word, int position) {
    if (word.length() > 2 && word.startsWith("/") && word.endsWith("/")) {
      throw new QuerySyntaxException(
          "regular expressions are not searched ('" + word + "'): list the words with OU",
          position);
    }
    if (FUZZY.matcher(word).matches()) {
      throw new QuerySyntaxException(
          "fuzzy search is not offered ('" + word + "'): list the spellings with OU", position);
    }
    if (INNER_QUESTION.matcher(word).find()) { // "pourquoi ?" and "quoi?!" are punctuation
      throw new QuerySyntaxException(
          "a wildcard is read only at the end of a word ('" + word + "')", position);
    }
  }

  /**
   * Checks how many truncated words a query holds.
   *
   * @throws QuerySyntaxException past {@link #MAX_PREFIXES}
   */
  static void checkPrefixes(List<String> words) {
    long prefixes = words.stream().filter(w -> w.length() > 1 && w.endsWith("*")).count();
    if (prefixes > MAX_PREFIXES) {
      throw QuerySyntaxException.refused(
          "the query has "
              + prefixes
              + " truncated words; at most "
              + MAX_PREFIXES
              + " are searched");
    }
  }

  /** The refusal of a page past {@link SearchRequest#MAX_WINDOW}. */
  static QuerySyntaxException tooDeep(int offset) {
    return QuerySyntaxException.refused(
        "results are paged up to the "
            + SearchRequest.MAX_WINDOW
            + "th; this page starts at "
            + offset
            + ": narrow the search or export it");
  }

  /** The refusal of a search stopped after {@code budget}, by either backend. */
  public static QuerySyntaxException tooSlow(Duration budget) {
    return QuerySyntaxException.refused(
        "the search took longer than "
            + Math.max(1, budget.toMillis() / 1000)
            + " s and was stopped: make the query narrower");
  }

  private static int letters(String s) {
    return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
  }
}
