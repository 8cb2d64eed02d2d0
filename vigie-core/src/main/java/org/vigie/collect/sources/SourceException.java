package org.vigie.collect.sources;

import org.vigie.document.UserError;

/**
 * A request about sources that cannot be done as asked (an unknown or taken id, a bad kind, a bad
 * schedule): the user can fix it. The message names the value at fault.
 */
public final class SourceException extends RuntimeException implements UserError {
  private static final long serialVersionUID = 1L;

  public SourceException(String message) {
    super(message);
  }
}
