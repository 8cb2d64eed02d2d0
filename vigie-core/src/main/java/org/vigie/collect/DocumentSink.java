package org.vigie.collect;

import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * Where collectors deliver what they read: documents, and errors about inputs they could not read.
 * A collector reports an error and goes on with the next record or file; it never throws for bad
 * input.
 */
public interface DocumentSink {

  /** Takes one document. May block to slow a fast collector down (back-pressure). */
  void accept(RawDocument document);

  /** Takes one problem with the input. */
  void reject(IngestError error);
}
