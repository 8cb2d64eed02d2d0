package org.vigie.analysis.harm;

import java.util.List;

/**
 * A text as the hostility rules and features see it, with a way back to the original: {@code text}
 * is lower case, without accents, leetspeak decoded, spaced or dotted letters joined and repeated
 * letters squeezed; {@code tokens} are its words with the offsets they had in the original.
 */
public record NormalizedText(String original, String text, List<Token> tokens) {
  /**
   * One word of the normalised text.
   *
   * @param form the normalised form ({@code "teroriste"} for {@code "t3rrrroriste"})
   * @param start offset of its first character in the original text
   * @param end offset just after its last character in the original text
   */
  public record Token(String form, int start, int end) {}

  /** The original characters from token {@code from} to token {@code to} (inclusive). */
  public String originalSpan(int from, int to) {
    return original.substring(tokens.get(from).start(), tokens.get(to).end());
  }
}
