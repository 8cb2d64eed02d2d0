package org.vigie.analysis.harm;

/**
 * A range of the classified text given by the caller, typically a quotation attributed to another
 * speaker by Vigie's quote extractor: hostile words inside it are reported, not endorsed.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param speaker who said it, or empty when unknown
 */
public record Span(int start, int end, String speaker) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  boolean contains(int from, int to) {
    return from >= start && to <= end;
  }
}
