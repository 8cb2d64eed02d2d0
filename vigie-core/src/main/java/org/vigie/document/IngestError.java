package org.vigie.document;

import java.util.Objects;

/**
 * A problem with one input, precise enough to find it: the file and, inside it, the line or record
 * ({@code origin}), the cause it is counted under and a human message.
 *
 * @param origin the file path, with {@code :LINE} or {@code @OFFSET} when the problem is inside it
 * @param cause the category
 * @param message what is wrong, in words a user can act on
 * @param fatal {@code true} when the input was skipped, {@code false} for a warning on an input
 *     that was still ingested (for example text read with a fallback encoding)
 */
public record IngestError(String origin, ErrorCause cause, String message, boolean fatal) {
  public IngestError {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(message, "message");
  }

  public static IngestError skipped(String origin, ErrorCause cause, String message) {
    return new IngestError(origin, cause, message, true);
  }

  public static IngestError warning(String origin, ErrorCause cause, String message) {
    return new IngestError(origin, cause, message, false);
  }

  @Override
  public String toString() {
    return origin + ": " + (fatal ? "" : "warning: ") + message + " [" + cause + "]";
  }
}
