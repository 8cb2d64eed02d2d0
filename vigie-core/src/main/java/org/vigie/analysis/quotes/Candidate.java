package org.vigie.analysis.quotes;

/**
 * Words that may be a quotation, before their speaker is resolved.
 *
 * @param start offset of the words in the text
 * @param end offset after them
 * @param first their first token (for a direct quotation, its opening mark)
 * @param direct quoted words, or reported speech
 * @param cue what attributes them, or {@code null} when nothing near does
 */
record Candidate(int start, int end, int first, boolean direct, Cues.Cue cue) {}
