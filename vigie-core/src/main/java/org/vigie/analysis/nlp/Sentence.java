package org.vigie.analysis.nlp;

import java.util.List;

/**
 * A sentence of a text: its character span and its tokens.
 *
 * @param start offset of its first token
 * @param end offset after its last token
 * @param tokens its tokens, in order, never empty
 */
public record Sentence(int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
