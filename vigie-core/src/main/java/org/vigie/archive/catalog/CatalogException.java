package org.vigie.archive.catalog;

/** The embedded database failed; a software or disk problem, not a user error. */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
