package org.vigie.analysis.quotes;

/**
 * Characters between a pair of quotation marks.
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark
 */
record QuotedSpan(int open, int close) {}
