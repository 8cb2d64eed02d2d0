package org.vigie.analysis.nlp.lexemes;

import java.util.List;

/**
 * Read access to a text's tokens by position, for grammars that look a few tokens ahead: every
 * query answers {@code false} or {@code null} past either end instead of throwing.
 */
public final class Lexemes {
  private final String text;
  private final List<Lexeme> list;

  public Lexemes(String text, List<Lexeme> list) {
    this.text = text;
    this.list = list;
  }

  public String text() {
    return text;
  }

  public int size() {
    return list.size();
  }

  public Lexeme get(int i) {
    return list.get(i);
  }

  /** The folded word at i, or {@code null} when it is not a word or i is out of range. */
  public String norm(int i) {
    return i >= 0 && i < list.size() && list.get(i).isWord() ? list.get(i).norm() : null;
  }

  /** Whether token i is the word whose folded form is {@code norm}. */
  public boolean isWord(int i, String norm) {
    return norm.equals(norm(i));
  }

  /** Whether token i is a digit run. */
  public boolean isDigits(int i) {
    return i >= 0 && i < list.size() && list.get(i).isDigits();
  }

  /** Whether token i is the symbol {@code c}. */
  public boolean isSymbol(int i, char c) {
    return i >= 0 && i < list.size() && list.get(i).is(c);
  }

  /** Whether token i is a straight or typographic apostrophe. */
  public boolean isApostrophe(int i) {
    return isSymbol(i, '\'') || isSymbol(i, '\u2019');
  }

  /** Whether tokens {@code a..b} follow each other with nothing between them. */
  public boolean glued(int a, int b) {
    if (a < 0 || b >= list.size()) {
      return false;
    }
    for (int k = a; k < b; k++) {
      if (list.get(k).end() != list.get(k + 1).start()) {
        return false;
      }
    }
    return true;
  }

  /** Whether exactly one space separates tokens i and i + 1 ({@link Lexer#spaced}). */
  public boolean spaced(int i) {
    return i >= 0 && i + 1 < list.size() && Lexer.spaced(text, list.get(i), list.get(i + 1));
  }
}
