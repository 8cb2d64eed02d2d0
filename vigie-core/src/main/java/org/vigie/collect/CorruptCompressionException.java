package org.vigie.collect;

import java.io.IOException;

/**
 * Thrown when compressed data is truncated or corrupt; maps to {@link
 * ErrorCause#CORRUPT_COMPRESSION}. Kept apart from plain I/O errors because {@link
 * java.util.zip.GZIPInputStream} reports a truncated member as an ordinary {@link
 * java.io.EOFException}.
 */
final class CorruptCompressionException extends IOException {
  private static final long serialVersionUID = 1L;

  CorruptCompressionException(IOException cause) {
    super("compressed data is truncated or corrupt (" + cause.getMessage() + ")", cause);
  }
}
