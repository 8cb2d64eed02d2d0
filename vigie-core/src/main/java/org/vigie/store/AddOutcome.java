package org.vigie.store;

/** What {@link DocumentStore#add} did with a document. */
public enum AddOutcome {
  /** Stored as an original. */
  ADDED,
  /**
   * Stored as a near-duplicate of an original already stored: kept (its address, source and date
   * matter) with {@code duplicateOf} set, and left out of searches unless copies are asked for.
   */
  COPY,
  /** Not stored: a document with the same id (the same normalised text) is already there. */
  DUPLICATE
}
