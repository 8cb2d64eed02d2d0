package org.vigie.archive.access;

/** A request about accounts that cannot be done as asked (a user error, never a bug). */
public final class AccessException extends IllegalArgumentException {
  public AccessException(String message) {
    super(message);
  }
}
