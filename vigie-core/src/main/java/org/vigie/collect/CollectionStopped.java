package org.vigie.collect;

/**
 * Thrown by a {@link DocumentSink} to stop the collector that feeds it (the archive can no longer
 * be written: a full disk). Collectors catch the failures of one input to go on with the next; they
 * let this one through, so that the run ends at once instead of failing every remaining input.
 */
public class CollectionStopped extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CollectionStopped(String message) {
    super(message, null, false, false);
  }
}
