package org.vigie.archive.claims;

import org.vigie.document.UserError;

/** A fact-check file or address that cannot be read or fetched; the message names it. */
public final class FactCheckException extends RuntimeException implements UserError {
  public FactCheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
