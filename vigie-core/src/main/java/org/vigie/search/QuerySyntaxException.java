package org.vigie.search;

import org.vigie.document.UserError;

/** A query the user typed that cannot be read; says where and why. */
public final class QuerySyntaxException extends IllegalArgumentException implements UserError {
  private static final long serialVersionUID = 1L;
  private final int position;

  public QuerySyntaxException(String message, int position) {
    super(message + " (at character " + (position + 1) + ")");
    this.position = position;
  }

  /** Zero-based offset in the query text where the problem was seen. */
  public int position() {
    return position;
  }
}
