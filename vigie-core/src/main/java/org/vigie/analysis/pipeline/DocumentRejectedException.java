package org.vigie.analysis.pipeline;

import org.vigie.document.ErrorCause;

/** A document that cannot be analysed, with the cause it is counted under. */
public final class DocumentRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCause cause;

  public DocumentRejectedException(ErrorCause cause, String message) {
    super(message);
    this.cause = cause;
  }

  public ErrorCause errorCause() {
    return cause;
  }
}
