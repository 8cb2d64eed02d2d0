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
              Pattern.compile("the query is (\\d+) characters long; at most (\\d+) are read"),
              "query.tooLong"),
          new Reason(
              Pattern.compile("the query has (\\d+) words; at most (\\d+) are searched"),
              "query.tooManyWords"),
          new Reason(
              Pattern.compile("the query expands to more than (\\d+) searched words.*"),
              "query.tooBroad"));

  private QueryErrorText() {}

  /** "un guillemet n’est jamais fermé (caractère 1)". */
  public static String describe(WebText t, QuerySyntaxException e) {
    String english = POSITION.matcher(e.getMessage()).replaceFirst("");
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
