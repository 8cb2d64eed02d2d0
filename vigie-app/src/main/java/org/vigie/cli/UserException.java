package org.vigie.cli;

import org.vigie.document.UserError;

/** A problem the user can fix (a missing file, a bad query): exit code 2, no stack trace. */
public final class UserException extends RuntimeException implements UserError {
  private static final long serialVersionUID = 1L;

  public UserException(String message) {
    super(message);
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
