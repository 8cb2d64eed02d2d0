package org.vigie.document;

/**
 * A date expression and what it resolves to.
 *
 * @param text the expression as written ("le 29 mars prochain")
 * @param from the first day it covers, ISO 8601, or {@code null} when unresolved
 * @param to the last day it covers (same as {@code from} for a single day), or {@code null} when
 *     unresolved or open-ended ({@code à partir de janvier 2013} has a {@code from} and no {@code
 *     to})
 * @param start offset in the clean text
 * @param end offset after it
 */
public record DateMention(String text, String from, String to, int start, int end) {}
