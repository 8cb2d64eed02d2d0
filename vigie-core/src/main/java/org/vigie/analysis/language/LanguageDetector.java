package org.vigie.analysis.language;

/**
 * Tells which language a text is written in. Implementations are thread-safe.
 *
 * <p>Codes are ISO 639-3 ({@code fra}, {@code eng}, {@code bam}); {@code und} when the text is too
 * short or too mixed to tell.
 */
public interface LanguageDetector {

  /** The most likely language of the text. */
  LanguageGuess detect(CharSequence text);
}
