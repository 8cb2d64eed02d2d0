package org.vigie.archive.access;

import org.vigie.document.UserError;

/** A request about accounts that cannot be done as asked (a user error, never a bug). */
public final class AccessException extends IllegalArgumentException implements UserError {
  public AccessException(String message) {
    super(message);
  }
}
