package org.vigie.analysis.harm;

/**
 * Why a text was judged as it was: a range of the original text and what it is.
 *
 * @param kind a lexicon category ({@code slur}, {@code threat}…), {@code target} for a group
 *     mention, or a cue: {@code negation}, {@code reporting}, {@code counter-speech}
 */
public record EvidenceSpan(int start, int end, String text, String kind) {}
