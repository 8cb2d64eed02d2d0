package org.vigie.document;

/**
 * Words attributed to a speaker.
 *
 * @param text the quoted words, without the quotation marks
 * @param speaker the canonical name of who said them, or {@code null} when unknown
 * @param role the role noun the text used for the speaker ("la bibliothécaire de l'ONU"), or {@code
 *     null}
 * @param cue the verb or phrase that introduced the quote ("a déclaré", "selon")
 * @param direct {@code true} for quoted words, {@code false} for reported speech
 * @param start offset of the quotation in the clean text
 * @param end offset after it
 */
public record Quote(
    String text, String speaker, String role, String cue, boolean direct, int start, int end) {}
