package org.vigie.analysis.language;

/**
 * A text and the language it is known to be in.
 *
 * @param label the corpus's language label, for SIB-200 the folder's ISO 639-3 part ({@code bam}
 *     for {@code bam_Latn})
 * @param text the text
 */
public record LabeledText(String label, String text) {
  public LabeledText {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("label is blank for text: " + text);
    }
    if (text == null) {
      throw new IllegalArgumentException("text is null for label " + label);
    }
  }
}
