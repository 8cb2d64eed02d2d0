package org.vigie.web.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.search.QuerySyntaxException;

/**
 * Says why a query cannot be read in the interface's language. The parser words its reasons in
 * English (for logs and the command line); each known reason is recognised here and translated, an
 * unknown one is shown as it is, with the position in every case.
 */
public final class QueryErrorText {
  private static final Pattern POSITION = Pattern.compile("\\s*\\(at character \\d+\\)$");

  /** An English reason and the key of its translation; its groups, if any, fill it in turn. */
  private record Reason(Pattern english, String key) {}

  private static final List<Reason> REASONS =
      List.of(
          new Reason(Pattern.compile("quotation mark is never closed"), "query.unclosedQuote"),
          new Reason(Pattern.compile("range is never closed with '\\]'"), "query.unclosedRange"),
          new Reason(Pattern.compile("query ends where a word was expected"), "query.endsEarly"),
          new Reason(Pattern.compile("empty parentheses"), "query.emptyGroup"),
          new Reason(Pattern.compile("parenthesis is never closed"), "query.unclosedGroup"),
          new Reason(Pattern.compile("range ends before it starts"), "query.rangeOrder"),
          new Reason(Pattern.compile("a range needs a date field.*"), "query.rangeField"),
          new Reason(Pattern.compile("a range is written.*"), "query.rangeForm"),
          new Reason(Pattern.compile("unexpected '(.*)'"), "query.unexpected"),
          new Reason(Pattern.compile("'(.*)' is not a date.*"), "query.notDate"),
          new Reason(Pattern.compile("a proximity is at most (\\d+) words"), "query.nearMax"),
          new Reason(Pattern.compile("PRES/N joins words, phrases.*"), "query.nearOperand"),
          new Reason(
              Pattern.compile("the words PRES/N joins are in one field.*"), "query.nearField"),
          new Reason(
              Pattern.compile("a word cannot start with a wildcard \\('(.*)'\\).*"),
              "query.leadingWildcard"),
          new Reason(
              Pattern.compile("a wildcard is read only at the end of a word \\('(.*)'\\)"),
              "query.innerWildcard"),
          new Reason(
              Pattern.compile("regular expressions are not searched \\('(.*)'\\).*"),
              "query.regex"),
          new Reason(Pattern.compile("fuzzy search is not offered \\('(.*)'\\).*"), "query.fuzzy"),
          new Reason(
              Pattern.compile(
                  "a truncated word needs at least (\\d+) letters before '\\*' \\('(.*)'\\)"),
              "query.shortPrefix"),
          new Reason(
              Pattern.compile("the query has (\\d+) truncated words; at most (\\d+) are searched"),
              "query.manyPrefixes"),
          new Reason(
              Pattern.compile("the query has (\\d+) words; at most (\\d+) are searched"),
              "query.manyWords"),
          new Reason(
              Pattern.compile("the query is (\\d+) characters long; at most (\\d+) are read"),
              "query.tooLong"),
          new Reason(Pattern.compile("the query expands to more .*"), "query.tooBroad"),
          new Reason(
              Pattern.compile("the search took longer than (\\d+) s and was stopped.*"),
              "query.tooSlow"),
          new Reason(
              Pattern.compile("results are paged up to the (\\d+)th; this page starts at (\\d+).*"),
              "query.deepPage"));

  private QueryErrorText() {}

  /**
   * "un guillemet n’est jamais fermé (caractère 1)"; a query refused as a whole has no position:
   * "la recherche a dépassé 10 s et a été arrêtée : précisez la requête".
   */
  public static String describe(WebText t, QuerySyntaxException e) {
    String english = POSITION.matcher(e.getMessage()).replaceFirst("");
    if (e.position() < 0) { // refused as a whole: too long, too costly, a page too deep
      return reason(t, english);
    }
    return t.t("query.reason", reason(t, english), e.position() + 1);
  }

  private static String reason(WebText t, String english) {
    for (Reason r : REASONS) {
      Matcher m = r.english().matcher(english);
      if (m.matches()) {
        Object[] groups = new Object[m.groupCount()];
        for (int g = 0; g < groups.length; g++) {
          groups[g] = m.group(g + 1);
        }
        return t.t(r.key(), groups);
      }
    }
    return english;
  }
}
