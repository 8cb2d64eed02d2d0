package org.vigie.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/** Turns the exception that ended the reading of an input into the error reported for it. */
final class IngestFailures {
  private IngestFailures() {}

  /** The error for {@code failure} at {@code origin}; the input is counted as skipped. */
  static IngestError of(String origin, Exception failure) {
    Exception e = failure instanceof UncheckedIOException u ? u.getCause() : failure;
    return IngestError.skipped(origin, causeOf(e), messageOf(e));
  }

  static ErrorCause causeOf(Exception e) {
    return switch (e) {
      case LimitExceededException tooLarge -> ErrorCause.TOO_LARGE;
      case CorruptCompressionException corrupt -> ErrorCause.CORRUPT_COMPRESSION;
      case IOException io -> ErrorCause.UNREADABLE;
      default -> ErrorCause.INTERNAL;
    };
  }

  static String messageOf(Exception e) {
    return switch (e) {
      case NoSuchFileException missing -> "file not found";
      case AccessDeniedException denied -> "permission denied";
      case LimitExceededException tooLarge -> e.getMessage();
      case CorruptCompressionException corrupt -> e.getMessage();
      case IOException io -> "cannot read: " + describe(e);
      default -> "internal error, please report: " + describe(e);
    };
  }

  /** The exception's class and message, for errors whose message alone may be empty. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}
