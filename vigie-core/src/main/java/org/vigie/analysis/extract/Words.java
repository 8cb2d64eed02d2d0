package org.vigie.analysis.extract;

/** Word counting shared by the text and HTML cleaners. */
final class Words {
  /**
   * Chinese and Japanese write without spaces; a word there is about two characters long, so two
   * ideographs or kana count as one word and CJK prose weighs what the same prose does elsewhere.
   */
  private static final int CJK_CHARS_PER_WORD = 2;

  private Words() {}

  /** The number of runs of letters or digits, plus one word per two CJK characters. */
  static int count(CharSequence text) {
    int words = 0;
    int cjk = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isCjk(c)) {
        cjk++;
        inWord = false;
        continue;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words + cjk / CJK_CHARS_PER_WORD;
  }

  /** Han ideographs (main and extension A blocks), hiragana and katakana. */
  static boolean isCjk(char c) {
    return (c >= '\u3040' && c <= '\u30ff')
        || (c >= '\u3400' && c <= '\u4dbf')
        || (c >= '\u4e00' && c <= '\u9fff');
  }
}
