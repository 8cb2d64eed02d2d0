package org.vigie.analysis.harm;

import java.util.ArrayList;
import java.util.List;

/**
 * A pattern over normalised tokens, the lexicon's small regex-like syntax: words separated by
 * spaces; {@code a|b} alternatives; {@code mot*} any word starting with {@code mot}; {@code _} up
 * to three words of anything. Each literal is normalised as texts are ({@link HarmNormalizer}), so
 * {@code "chasser"} matches {@code "ch4ssser"}. Immutable.
 */
public final class TokenPattern {
  private static final int GAP = 3;
  private final String source;
  private final List<String[]> alternatives;

  private TokenPattern(String source, List<String[]> alternatives) {
    this.source = source;
    this.alternatives = alternatives;
  }

  /** Compiles a pattern; {@link IllegalArgumentException} when it has no word. */
  public static TokenPattern compile(String pattern) {
    List<String[]> parts = new ArrayList<>();
    for (String part : pattern.strip().split("\\s+")) {
      if (part.isEmpty()) {
        continue;
      }
      String[] words = part.split("\\|");
      for (int i = 0; i < words.length; i++) {
        words[i] = normalise(words[i]);
      }
      parts.add(words);
    }
    if (parts.isEmpty() || parts.get(0)[0].equals("_")) {
      throw new IllegalArgumentException("pattern must start with a word: '" + pattern + "'");
    }
    return new TokenPattern(pattern, parts);
  }

  private static String normalise(String word) {
    if (word.equals("_")) {
      return word;
    }
    boolean prefix = word.endsWith("*");
    String core = prefix ? word.substring(0, word.length() - 1) : word;
    String form =
        String.join(
            "",
            HarmNormalizer.normalize(core).tokens().stream()
                .map(NormalizedText.Token::form)
                .toList());
    if (form.isEmpty()) {
      throw new IllegalArgumentException("pattern word has no letter: '" + word + "'");
    }
    return prefix ? form + "*" : form;
  }

  public String source() {
    return source;
  }

  /** The index after the last token matched from {@code at}, or -1. */
  public int matchAt(List<NormalizedText.Token> tokens, int at) {
    return match(tokens, at, 0);
  }

  private int match(List<NormalizedText.Token> tokens, int at, int part) {
    if (part == alternatives.size()) {
      return at;
    }
    String[] words = alternatives.get(part);
    if (words[0].equals("_")) {
      for (int skip = 0; skip <= GAP && at + skip <= tokens.size(); skip++) {
        int end = match(tokens, at + skip, part + 1);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    if (at >= tokens.size() || !matches(words, tokens.get(at).form())) {
      return -1;
    }
    return match(tokens, at + 1, part + 1);
  }

  /** The index keys of the first word: its alternatives' first two letters (or one). */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (String w : alternatives.get(0)) {
      String core = w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
      keys.add(core.substring(0, Math.min(2, core.length())));
    }
    return keys;
  }

  /** Whether the pattern's first word can match {@code form} (an index key). */
  boolean firstMatches(String form) {
    return matches(alternatives.get(0), form);
  }

  private static boolean matches(String[] words, String form) {
    for (String w : words) {
      boolean ok =
          w.endsWith("*") ? form.startsWith(w.substring(0, w.length() - 1)) : form.equals(w);
      if (ok) {
        return true;
      }
    }
    return false;
  }
}
