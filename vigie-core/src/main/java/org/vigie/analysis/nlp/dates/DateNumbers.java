package org.vigie.analysis.nlp.dates;

import org.vigie.analysis.nlp.lexemes.Lexeme;
import org.vigie.analysis.nlp.lexemes.Lexemes;

/**
 * The numbers of a date for {@link DateGrammar}: days, French months and years, each read only when
 * it stands alone (not glued to letters, digits or a numeric separator). One instance per text; not
 * thread-safe.
 */
final class DateNumbers {
  /** A number read, and the token after it. */
  record Num(int value, int end) {}

  private final Lexemes tokens;

  DateNumbers(Lexemes tokens) {
    this.tokens = tokens;
  }

  /** A day number: 1–31 alone (not glued to letters or a slash), {@code 1er} or {@code premier}. */
  Num day(int i) {
    if (tokens.isWord(i, "premier")) {
      return new Num(1, i + 1);
    }
    if (i >= tokens.size() || !tokens.get(i).isDigits() || tokens.get(i).text().length() > 2) {
      return null;
    }
    int v = tokens.get(i).intValue();
    if (v < 1 || v > 31) {
      return null;
    }
    if (tokens.isWord(i + 1, "er") && tokens.glued(i, i + 1)) {
      return v == 1 ? new Num(1, i + 2) : null;
    }
    return joinedAfter(i) || joinedBefore(i) ? null : new Num(v, i + 1);
  }

  /** A French month name or abbreviation (with its dot), or {@code null}. */
  Num frenchMonth(int i) {
    String w = tokens.norm(i);
    if (w != null && w.startsWith("mi-")) {
      w = w.substring(3);
    }
    int m = DateLexicon.frenchMonth(w);
    if (m == 0) {
      return null;
    }
    boolean abbreviated = w.length() <= 4 && !w.equals("mars") && !w.equals("mai");
    return new Num(m, abbreviated && tokens.isSymbol(i + 1, '.') ? i + 2 : i + 1);
  }

  /** A four-digit year in {@code [min, max]} not glued to letters or digits, or {@code null}. */
  Num year(int i, int min, int max) {
    if (i >= tokens.size() || !tokens.get(i).isDigits() || tokens.get(i).text().length() != 4) {
      return null;
    }
    int v = tokens.get(i).intValue();
    boolean glued = joinedBefore(i) || (joinedAfter(i) && !tokens.isSymbol(i + 1, '-'));
    return v < min || v > max || glued ? null : new Num(v, i + 1);
  }

  /**
   * Whether token i is glued to a word, a digit run or a numeric separator before it ({@code 2,7},
   * {@code 3P}); a dash is not gluing, it joins ranges ({@code 2011-2013}).
   */
  boolean joinedBefore(int i) {
    if (i == 0 || !tokens.glued(i - 1, i)) {
      return false;
    }
    Lexeme t = tokens.get(i - 1);
    return t.isWord() || t.isDigits() || t.is('/') || t.is('.') || t.is(',');
  }

  /** Whether token i is glued to a word, a digit run or a separator followed by a digit. */
  boolean joinedAfter(int i) {
    if (i + 1 >= tokens.size() || !tokens.glued(i, i + 1)) {
      return false;
    }
    Lexeme t = tokens.get(i + 1);
    if (t.isWord() || t.isDigits()) {
      return true;
    }
    boolean separator = t.is('/') || t.is('.') || t.is(',') || t.is('-');
    return separator
        && i + 2 < tokens.size()
        && tokens.get(i + 2).isDigits()
        && tokens.glued(i + 1, i + 2);
  }
}
