package org.vigie.analysis.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups tokens into sentences. Thread-safe.
 *
 * <p>A sentence ends after ".", "!", "?", "…" or "..." (and the closing quotes or brackets right
 * after them) when the next token starts a sentence (an upper-case letter, a digit, an opening
 * quote or a dash), and always at a line break: text copied from web pages puts titles, list items
 * and captions on lines of their own. Abbreviations and initials keep their period inside the token
 * ({@link Tokenizer}), so "M. Bamba" and "J. Adamson" never end a sentence.
 */
public final class SentenceSplitter {
  private static final SentenceSplitter INSTANCE = new SentenceSplitter();

  /** The shared splitter; it holds no state. */
  public static SentenceSplitter french() {
    return INSTANCE;
  }

  /** Tokenizes a text with {@link Tokenizer#french()} and splits it into sentences. */
  public List<Sentence> split(String text) {
    return split(text, Tokenizer.french().tokenize(text));
  }

  /**
   * Splits already tokenized text.
   *
   * @param text the text the tokens' offsets point into
   * @param tokens its tokens, in order
   */
  public List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> sentences = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i + 1 == tokens.size();
      if (last || endsAfter(text, tokens, i)) {
        List<Token> part = tokens.subList(from, i + 1);
        sentences.add(new Sentence(part.get(0).start(), part.get(part.size() - 1).end(), part));
        from = i + 1;
      }
    }
    return sentences;
  }

  private static boolean endsAfter(String text, List<Token> tokens, int i) {
    Token next = tokens.get(i + 1);
    if (lineBreakBetween(text, tokens.get(i).end(), next.start())) {
      return true;
    }
    Token t = tokens.get(i);
    if (isClosing(t.text())) {
      int k = i;
      while (k > 0 && isClosing(tokens.get(k).text())) {
        k--;
      }
      t = tokens.get(k);
      if (isClosing(t.text())) {
        return false;
      }
    } else if (isClosing(next.text())) {
      return false;
    }
    return isTerminal(t.text()) && startsSentence(next.text());
  }

  private static boolean lineBreakBetween(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static boolean isTerminal(String t) {
    return t.equals("!")
        || t.equals("?")
        || t.equals("…")
        || t.startsWith(".") && t.chars().allMatch(c -> c == '.')
        || t.equals("etc.");
  }

  private static boolean isClosing(String t) {
    return t.equals("»") || t.equals("”") || t.equals("\"") || t.equals(")") || t.equals("’");
  }

  private static boolean startsSentence(String t) {
    char c = t.charAt(0);
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '«'
        || c == '“'
        || c == '"'
        || c == '—'
        || c == '–'
        || c == '-'
        || c == '(';
  }
}
