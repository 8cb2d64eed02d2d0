package org.vigie.document;

/**
 * A mention of a person, organisation or place in a document's clean text.
 *
 * @param text the words as written
 * @param type a person, organisation or place
 * @param canonical the name this mention was merged under ("Mme Poeschl" → "Isabella Poeschl";
 *     "Commission électorale nationale indépendante" → "CENI")
 * @param start offset of the first character in the clean text
 * @param end offset after the last character
 * @param role what the text says a person is ("chef de cabinet du ministère de la Communication"),
 *     the same on every mention of that person, or {@code null}
 */
public record Entity(
    String text, EntityType type, String canonical, int start, int end, String role) {

  /** A mention with no known role. */
  public Entity(String text, EntityType type, String canonical, int start, int end) {
    this(text, type, canonical, start, end, null);
  }
}
