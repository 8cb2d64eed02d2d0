package org.vigie.document;

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
  INTERNAL,
  /** A URL that cannot be fetched as written: bad syntax, or a scheme other than http/https. */
  BAD_URL,
  /** A fetch refused because the host resolves to a loopback, private or other internal address. */
  FORBIDDEN_ADDRESS,
  /** A fetch that took longer than its connect or read timeout. */
  TIMEOUT,
  /** A fetch that failed on the network: host unknown, connection refused or reset. */
  NETWORK,
  /** A server that answered with an error status (4xx, 5xx) or an unexpected one. */
  HTTP_STATUS,
  /** A chain of redirects longer than the limit, or a loop. */
  TOO_MANY_REDIRECTS,
  /** A page the site's robots.txt forbids Vigie to fetch. */
  ROBOTS_DISALLOWED
}
