package org.vigie.analysis.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of text between quotation marks: « », “ ” and straight " ". Thread-safe; linear
 * time (each failed opening mark is scanned at most {@link #MAX_CHARS} characters and never past
 * the next opening mark of its kind).
 *
 * <p>A « or “ quotation may run over several paragraphs when each new paragraph opens with the same
 * mark again (the French convention: « … ¶ « … »), up to {@link #MAX_PARAGRAPHS} paragraphs. A mark
 * that is not closed by then, or before a paragraph that does not reopen it, or before another
 * opening mark of its kind, is unbalanced and ignored: it never swallows the rest of the document.
 * Straight quotes pair within one paragraph.
 */
final class QuoteMarks {
  static final int MAX_PARAGRAPHS = 3;
  static final int MAX_CHARS = 5_000;

  private QuoteMarks() {}

  /** The balanced spans of a text, in order, never overlapping. */
  static List<QuotedSpan> find(String text) {
    List<QuotedSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int close = closing(text, i);
      if (close > i) {
        spans.add(new QuotedSpan(i, close));
        i = close + 1;
      } else {
        i++;
      }
    }
    return spans;
  }

  /** The offset of the mark closing the one at {@code i}, or -1. */
  private static int closing(String text, int i) {
    return switch (text.charAt(i)) {
      case '«' -> curlyClose(text, i, '«', '»');
      case '“' -> curlyClose(text, i, '“', '”');
      case '"' -> straightClose(text, i);
      default -> -1;
    };
  }

  private static int curlyClose(String text, int open, char opening, char close) {
    int paragraphs = 1;
    int limit = Math.min(text.length(), open + MAX_CHARS);
    for (int j = open + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == close) {
        return j;
      }
      if (c == opening) {
        return -1;
      }
      if (c == '\n') {
        int next = nextVisible(text, j);
        if (next >= limit || text.charAt(next) != opening || ++paragraphs > MAX_PARAGRAPHS) {
          return -1;
        }
        j = next;
      }
    }
    return -1;
  }

  private static int straightClose(String text, int open) {
    int limit = Math.min(text.length(), open + MAX_CHARS);
    for (int j = open + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '"') {
        return j;
      }
      if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  private static int nextVisible(String text, int j) {
    int k = j;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }
}
