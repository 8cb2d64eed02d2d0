package org.vigie.ingest;

/** Why an input, or part of one, was not ingested; reports count errors by these causes. */
public enum ErrorCause {
  /** The file or stream could not be read (permissions, I/O error, vanished file). */
  UNREADABLE,
  /** Compressed data that is truncated or corrupt (gzip, WARC.gz). */
  CORRUPT_COMPRESSION,
  /** Bytes that are not text: executables, images, random junk. */
  BINARY,
  /** An input over the size limit (file, line, decompressed stream or record). */
  TOO_LARGE,
  /** Text that is not valid in its declared or detected encoding. */
  ENCODING,
  /**
   * A record that does not follow its format: a JSONL line that is not an object, a broken WARC.
   */
  MALFORMED_RECORD,
  /** An input with no text left after cleaning. */
  NO_TEXT,
  /** A file type Vigie does not read. */
  UNSUPPORTED,
  /** A bug in Vigie: reported so the batch goes on, but worth filing. */
  INTERNAL
}
