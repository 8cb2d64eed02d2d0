package org.vigie.analysis.language;

/**
 * A detector's answer.
 *
 * @param code ISO 639-3 code, {@code und} when undetermined
 * @param confidence from 0 to 1, as the detector reports it
 */
public record LanguageGuess(String code, double confidence) {
  public static final LanguageGuess UNDETERMINED = new LanguageGuess("und", 0);
}
