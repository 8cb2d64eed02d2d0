package org.vigie.collect;

/**
 * Something that reads inputs and hands documents and errors to a sink: files and folders today,
 * feeds, crawls and platform exports later.
 */
@FunctionalInterface
public interface Collector {

  /**
   * Reads everything, delivering to {@code sink}; never throws for bad input.
   *
   * @param progress told how many files and bytes are read, out of how many
   */
  void collect(DocumentSink sink, CollectProgress progress);

  /**
   * Called once everything this collector delivered is durable in the archive (the run's last
   * commit): a collector that remembers what it delivered (live sources) writes it down only then,
   * so that a run cut short delivers the same posts again. Never called after a failed run.
   */
  default void committed() {}
}
