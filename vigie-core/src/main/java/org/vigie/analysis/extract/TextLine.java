package org.vigie.analysis.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One line of copied plain text, with what {@link TextCleaner} needs to know about it.
 *
 * @param text the line without its indentation, with runs of spaces (non-breaking ones included)
 *     made single spaces
 * @param bullet whether the line is a list item ({@code • item}, {@code - item})
 */
record TextLine(String text, boolean bullet) {
  private static final Pattern BULLET = Pattern.compile("^[•·▪●◦■□►▸‣*+\\-–]\\s+\\S.*");
  private static final Pattern END_PUNCTUATION = Pattern.compile(".*[.!?;…»\"”)]$");

  /** What ends a line without mattering to its key: spaces, dots, dashes, colons, arrows. */
  private static final String KEY_TRIM = " \t\n\u000b\f\r.…:!–—-|»>";

  static TextLine of(String raw) {
    String text = singleSpaced(raw).strip();
    return new TextLine(text, BULLET.matcher(text).matches());
  }

  boolean isBlank() {
    return text.isEmpty();
  }

  int words() {
    return Words.count(text);
  }

  /** Ends like a sentence or a list item does (period, semicolon, closing quote…). */
  boolean endsLikeSentence() {
    return END_PUNCTUATION.matcher(text).matches();
  }

  boolean endsWithColon() {
    return text.endsWith(":");
  }

  /**
   * The line as boilerplate phrases are matched: lower case, typographic apostrophes made plain,
   * trailing punctuation, dashes and ellipses removed.
   */
  String key() {
    String k = text.toLowerCase(Locale.FRENCH).replace('’', '\'');
    int end = k.length();
    while (end > 0 && KEY_TRIM.indexOf(k.charAt(end - 1)) >= 0) {
      end--;
    }
    return k.substring(0, end);
  }

  /**
   * Runs of spaces (tabs, line breaks, non-breaking and figure spaces included) made one plain
   * space; a loop, not a regular expression: it runs on every line of every document.
   */
  static String singleSpaced(String raw) {
    int n = raw.length();
    int i = 0;
    while (i < n && !(isSpace(raw.charAt(i)) && (raw.charAt(i) != ' ' || spaceAt(raw, i + 1)))) {
      i++;
    }
    if (i == n) {
      return raw;
    }
    // raw[i - 1] is not a space: a plain space followed by one would have stopped the scan there
    StringBuilder out = new StringBuilder(n).append(raw, 0, i);
    boolean previousSpace = false;
    for (; i < n; i++) {
      char c = raw.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
        previousSpace = false;
      } else if (!previousSpace) {
        out.append(' ');
        previousSpace = true;
      }
    }
    return out.toString();
  }

  private static boolean spaceAt(String s, int i) {
    return i < s.length() && isSpace(s.charAt(i));
  }

  private static boolean isSpace(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u202f', '\u2007' -> true;
      default -> false;
    };
  }

  /** The text without its bullet marker. */
  String content() {
    return bullet ? text.substring(1).strip() : text;
  }
}
