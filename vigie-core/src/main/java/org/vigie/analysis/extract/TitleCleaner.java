package org.vigie.analysis.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the site name that page titles append or prepend ({@code "Headline | Le Monde"}, {@code
 * "Le Monde - Headline"}). Pure and thread-safe.
 */
final class TitleCleaner {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—·]|::)\\s+|\\s+-\\s+");
  private static final int MAX_SUFFIX_WORDS = 4;

  private TitleCleaner() {}

  /**
   * The title without a site-name part: the part equal to {@code site} when it is known, otherwise
   * a short last part after a separator. Returns {@code null} for a blank title.
   */
  static String strip(String title, String site) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip().replaceAll("\\s+", " ");
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) {
      return t;
    }
    if (site != null) {
      String s = site.strip().toLowerCase(Locale.ROOT);
      if (parts[parts.length - 1].toLowerCase(Locale.ROOT).contains(s)) {
        return t.substring(0, lastSeparatorStart(t)).strip();
      }
      if (parts[0].toLowerCase(Locale.ROOT).contains(s)) {
        return t.substring(firstSeparatorEnd(t)).strip();
      }
    }
    String last = parts[parts.length - 1];
    String rest = t.substring(0, lastSeparatorStart(t));
    boolean shortSuffix = words(last) <= MAX_SUFFIX_WORDS && words(rest) > words(last);
    return shortSuffix ? rest.strip() : t;
  }

  private static int lastSeparatorStart(String t) {
    var m = SEPARATOR.matcher(t);
    int start = t.length();
    while (m.find()) {
      start = m.start();
    }
    return start;
  }

  private static int firstSeparatorEnd(String t) {
    var m = SEPARATOR.matcher(t);
    return m.find() ? m.end() : 0;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }
}
