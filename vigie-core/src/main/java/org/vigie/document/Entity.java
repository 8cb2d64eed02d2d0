package org.vigie.document;

/**
 * A mention of a person, organisation or place in a document's clean text.
 *
 * @param text the words as written
 * @param type {@code PER}, {@code ORG} or {@code LOC}
 * @param canonical the name this mention was merged under ("Mme Poeschl" → "Isabella Poeschl")
 * @param start offset of the first character in the clean text
 * @param end offset after the last character
 */
public record Entity(String text, String type, String canonical, int start, int end) {}
