package org.vigie.analysis.nlp.lexemes;

/**
 * A run of letters, a run of ASCII digits or one other visible character, with its place in the
 * text it was cut from.
 *
 * @param text the characters as written
 * @param norm for a word, its lower-case form without accents and with a straight apostrophe
 *     ({@code "Février"} → {@code "fevrier"}, {@code "aujourd’hui"} → {@code "aujourd'hui"}); for
 *     anything else, {@code text}
 * @param kind what the characters are
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record Lexeme(String text, String norm, Kind kind, int start, int end) {

  /** What a token is made of. */
  public enum Kind {
    /** Letters, possibly joined by inner hyphens ({@code avant-hier}, {@code vingt-cinq}). */
    WORD,
    /** ASCII digits only: separators, signs and decimals are separate tokens. */
    DIGITS,
    /** Any other single visible character ({@code % / , . ( ’}). */
    SYMBOL
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  public boolean isDigits() {
    return kind == Kind.DIGITS;
  }

  /** Whether this is the one-character symbol {@code c}. */
  public boolean is(char c) {
    return kind == Kind.SYMBOL && text.charAt(0) == c;
  }

  /** Whether this is a word whose normal form is {@code word}. */
  public boolean isWord(String word) {
    return kind == Kind.WORD && norm.equals(word);
  }

  /** Whether the word starts with an upper-case letter. */
  public boolean isCapitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }

  /** The integer value of a digit run of at most nine digits, or -1. */
  public int intValue() {
    if (kind != Kind.DIGITS || text.length() > 9) {
      return -1;
    }
    return Integer.parseInt(text);
  }
}
