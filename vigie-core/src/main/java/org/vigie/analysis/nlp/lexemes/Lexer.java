package org.vigie.analysis.nlp.lexemes;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into {@link Lexeme}s in one linear pass: words, digit runs and single symbols;
 * whitespace separates tokens and is dropped (the gap between two tokens is still readable from
 * their offsets, see {@link #adjacent} and {@link #spaced}).
 *
 * <p>Apostrophes always end a word ({@code d’utilisateurs} is {@code d}, {@code ’}, {@code
 * utilisateurs}) except in {@code aujourd’hui}. Stateless and thread-safe.
 */
public final class Lexer {
  private Lexer() {}

  /** The tokens of {@code text}, in order. */
  public static List<Lexeme> tokenize(String text) {
    List<Lexeme> tokens = new ArrayList<>(text.length() / 5 + 4);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int end;
      if (Character.isLetter(c)) {
        end = wordEnd(text, i);
        tokens.add(word(text, i, end));
      } else if (c >= '0' && c <= '9') {
        end = digitsEnd(text, i);
        tokens.add(other(text, i, end, Lexeme.Kind.DIGITS));
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        end = i + 1;
      } else {
        end = symbolEnd(text, i);
        tokens.add(other(text, i, end, Lexeme.Kind.SYMBOL));
      }
      i = end;
    }
    return tokens;
  }

  /** Whether nothing separates {@code a} and the token after it, {@code b}. */
  public static boolean adjacent(Lexeme a, Lexeme b) {
    return a.end() == b.start();
  }

  /**
   * Whether exactly one space separates {@code a} and {@code b}: a plain, no-break or narrow
   * no-break space, as between the digit groups of {@code 150 000}.
   */
  public static boolean spaced(String text, Lexeme a, Lexeme b) {
    if (b.start() != a.end() + 1) {
      return false;
    }
    char c = text.charAt(a.end());
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static int wordEnd(String text, int i) {
    int n = text.length();
    int end = i;
    while (end < n) {
      char c = text.charAt(end);
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        end++;
      } else if (c == '-' && end + 1 < n && Character.isLetter(text.charAt(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    return aujourdhuiEnd(text, i, end);
  }

  /** Keeps {@code aujourd’hui} one word, the only French word with an inner apostrophe. */
  private static int aujourdhuiEnd(String text, int start, int end) {
    if (end - start == 7
        && end + 4 <= text.length()
        && text.regionMatches(true, start, "aujourd", 0, 7)
        && isApostrophe(text.charAt(end))
        && text.regionMatches(true, end + 1, "hui", 0, 3)
        && (end + 4 == text.length() || !Character.isLetter(text.charAt(end + 4)))) {
      return end + 4;
    }
    return end;
  }

  private static int digitsEnd(String text, int i) {
    int end = i;
    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    return end;
  }

  private static int symbolEnd(String text, int i) {
    boolean pair = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length();
    return pair ? i + 2 : i + 1;
  }

  private static Lexeme word(String text, int start, int end) {
    String w = text.substring(start, end);
    return new Lexeme(w, fold(w), Lexeme.Kind.WORD, start, end);
  }

  private static Lexeme other(String text, int start, int end, Lexeme.Kind kind) {
    String s = text.substring(start, end);
    return new Lexeme(s, s, kind, start, end);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`';
  }

  /** Lower case, accents removed, apostrophes straightened. */
  public static String fold(String word) {
    StringBuilder out = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char f = foldChar(c);
      if (f != c && out == null) {
        out = new StringBuilder(word.length()).append(word, 0, i);
      }
      if (out != null && f != 0) {
        out.append(f);
      }
    }
    return out == null ? word : out.toString();
  }

  /** The folded form of one character; 0 drops it (a combining accent). */
  private static char foldChar(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (Character.getType(c) == Character.NON_SPACING_MARK) {
      return 0;
    }
    return switch (Character.toLowerCase(c)) {
      case 'à', 'â', 'ä', 'á', 'ã' -> 'a';
      case 'é', 'è', 'ê', 'ë' -> 'e';
      case 'î', 'ï', 'í', 'ì' -> 'i';
      case 'ô', 'ö', 'ó', 'ò', 'õ' -> 'o';
      case 'ù', 'û', 'ü', 'ú' -> 'u';
      case 'ç' -> 'c';
      case 'ÿ' -> 'y';
      case '\u2019', '\u02BC' -> '\'';
      default -> Character.toLowerCase(c);
    };
  }
}
