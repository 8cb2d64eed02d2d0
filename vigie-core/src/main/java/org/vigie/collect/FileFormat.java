package org.vigie.collect;

import java.io.IOException;

/**
 * A kind of file Vigie can collect documents from. Implementations are stateless and thread-safe.
 *
 * <p>{@link #read} delivers every document it finds and reports every bad record (a JSONL line, a
 * WARC record) to the sink, then goes on with the next one. It throws only when the rest of the
 * file cannot be read; the collector then reports the exception against the whole file and goes on
 * with the next file. Documents delivered before the exception are kept.
 */
public interface FileFormat {

  /**
   * Whether this format reads files with this name, given in lower case. For {@code x.jsonl.gz} the
   * collector first asks about {@code x.jsonl.gz}, then about {@code x.jsonl} with a decompressing
   * {@link InputFile#openStream()}.
   */
  boolean accepts(String lowerCaseName);

  /** Reads {@code file}, sending its documents and its bad records to {@code sink}. */
  void read(InputFile file, DocumentSink sink) throws IOException;
}
