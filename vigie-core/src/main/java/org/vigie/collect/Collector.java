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
}
