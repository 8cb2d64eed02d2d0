package org.vigie.document;

/**
 * A number in the text and what it counts.
 *
 * @param text the expression as written ("2,7 milliards d'utilisateurs")
 * @param value the number it denotes
 * @param unit what is counted ("utilisateurs"), or {@code null}
 * @param start offset in the clean text
 * @param end offset after it
 */
public record Figure(String text, double value, String unit, int start, int end) {}
