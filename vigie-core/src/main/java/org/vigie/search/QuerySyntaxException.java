package org.vigie.search;

import org.vigie.document.UserError;

/** A query the user typed that cannot be read; says where and why. */
public final class QuerySyntaxException extends IllegalArgumentException implements UserError {
  private static final long serialVersionUID = 1L;
  private final int position;

  public QuerySyntaxException(String message, int position) {
    this(position, message + " (at character " + (position + 1) + ")");
  }

  private QuerySyntaxException(int position, String message) {
    super(message);
    this.position = position;
  }

  /**
   * A query refused as a whole (too costly, too long, a page too deep), not at one character: its
   * {@link #position()} is -1.
   */
  public static QuerySyntaxException refused(String message) {
    return new QuerySyntaxException(-1, message);
  }

  /** Zero-based offset in the query text where the problem was seen, -1 for the whole query. */
  public int position() {
    return position;
  }
}
