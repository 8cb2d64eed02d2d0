package org.vigie.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A point-in-time view of a store's documents, pinned until closed: the files of one commit, which
 * the store neither changes nor deletes meanwhile, so that a backup can copy them while writes go
 * on.
 *
 * @param root the folder the files lie in
 * @param files the commit's files, relative to {@code root}; empty when the backend keeps its copy
 *     elsewhere (an OpenSearch snapshot repository)
 * @param generation the commit's generation (or the backend's snapshot name)
 * @param documents how many documents the commit holds
 * @param release what frees the commit's files again
 */
public record StoreSnapshot(
    Path root, List<String> files, String generation, long documents, Runnable release)
    implements AutoCloseable {
  public StoreSnapshot {
    files = List.copyOf(files);
  }

  @Override
  public void close() {
    release.run();
  }
}
