package org.vigie.extract;

/** Word counting shared by the text and HTML cleaners. */
final class Words {
  private Words() {}

  /** The number of runs of letters or digits. */
  static int count(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
