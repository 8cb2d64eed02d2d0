package org.vigie.collect.platform;

import org.vigie.document.ErrorCause;

/** A record that cannot become a post; readers catch it and report the record. */
final class BadRecordException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient ErrorCause errorCause;

  BadRecordException(ErrorCause errorCause, String message) {
    super(message, null, false, false);
    this.errorCause = errorCause;
  }

  static BadRecordException malformed(String message) {
    return new BadRecordException(ErrorCause.MALFORMED_RECORD, message);
  }

  ErrorCause errorCause() {
    return errorCause;
  }
}
