package org.vigie.search;

/** A backend that answers searches. Implementations are thread-safe. */
public interface Searcher {

  /**
   * Runs one search.
   *
   * @throws IllegalArgumentException when the request names something the backend cannot do
   */
  SearchResult search(SearchRequest request);
}
