package org.vigie.store;

import org.vigie.document.UserError;

/** A backend's configuration is missing or wrong: a user error, reported without a stack trace. */
public final class StoreConfigException extends IllegalArgumentException implements UserError {
  private static final long serialVersionUID = 1L;

  public StoreConfigException(String message) {
    super(message);
  }

  public StoreConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
