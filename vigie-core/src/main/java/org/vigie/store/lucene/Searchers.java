package org.vigie.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/** Runs reads on an acquired searcher and always releases it; I/O failures name the work. */
final class Searchers {
  /** A read that may fail with an I/O error. */
  @FunctionalInterface
  interface Read<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  private final SearcherManager manager;

  Searchers(SearcherManager manager) {
    this.manager = manager;
  }

  <T> T read(String what, Read<T> read) {
    IndexSearcher searcher;
    try {
      searcher = manager.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a searcher to " + what, e);
    }
    try {
      return read.on(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot " + what, e);
    } finally {
      try {
        manager.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  void close() throws IOException {
    manager.close();
  }
}
