package org.vigie.link.spi;

import org.vigie.store.DocumentStore;
import org.vigie.store.LinkedDocument;

/**
 * One archive-time computation that relates a new document to the archive: its original when it is
 * a copy, its story, its topics, and later the alerts it matches and the coordination it takes part
 * in. The archive's writer runs its linkers in a fixed order for every document, the same way for
 * every backend. Implementations are thread-safe: they lock what they share.
 */
public interface Linker {

  /**
   * Work on the document alone, before its id is held: runs concurrently for many documents, and
   * also for documents that turn out to be stored already.
   */
  default LinkedDocument prepare(LinkedDocument document) {
    return document;
  }

  /**
   * Work against the archive, while the store holds the document's id and keeps its searchable view
   * (no refresh runs until the document is written).
   */
  default LinkedDocument link(LinkedDocument document, DocumentStore store) {
    return document;
  }

  /** Every document written so far became searchable: forget what was kept for them meanwhile. */
  default void refreshed() {}
}
