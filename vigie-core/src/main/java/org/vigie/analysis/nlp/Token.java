package org.vigie.analysis.nlp;

/**
 * A word, number or punctuation mark of a text.
 *
 * @param text the characters as written ({@code text.substring(start, end)})
 * @param start offset of the first character in the text
 * @param end offset after the last character
 */
public record Token(String text, int start, int end) {

  /** True when the first character is an upper-case letter ("Mali", "ONU", "Élections"). */
  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /** True when the token is a letter-bearing word with no lower-case letter ("ONU", "TRAORÉ"). */
  public boolean allCaps() {
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** True when the token has no letter or digit («, ., -, …). */
  public boolean punctuation() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
