package org.vigie.extract;

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
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f\\u2007]+");
  private static final Pattern END_PUNCTUATION = Pattern.compile(".*[.!?;…»\"”)]$");
  private static final Pattern KEY_TRIM = Pattern.compile("[\\s.…:!–—\\-|»>]+$");

  static TextLine of(String raw) {
    String text = SPACES.matcher(raw).replaceAll(" ").strip();
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
    return KEY_TRIM.matcher(k).replaceAll("");
  }

  /** The text without its bullet marker. */
  String content() {
    return bullet ? text.substring(1).strip() : text;
  }
}
