package org.vigie.search;

import java.util.function.Consumer;
import org.vigie.document.AnalyzedDocument;

/** A backend that answers searches. Implementations are thread-safe. */
public interface Searcher {

  /**
   * Runs one search.
   *
   * @throws IllegalArgumentException when the request names something the backend cannot do
   */
  SearchResult search(SearchRequest request);

  /**
   * Counts the documents matching a request's query and filters (copies excluded unless it asks for
   * them) by publication date, falling back to the fetch date for undated documents. The request's
   * paging, sort, facets and highlight are ignored.
   */
  default Histogram histogram(SearchRequest request, Interval interval) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not count date histograms yet");
  }

  /**
   * Hands every document matching a request's query and filters (copies excluded unless it asks for
   * them) to {@code action}, streaming in constant memory, in an order that is stable for a given
   * state of the archive; paging, facets and highlight are ignored. An exception thrown by {@code
   * action} stops the visit and is rethrown.
   */
  default void forEachMatch(SearchRequest request, Consumer<AnalyzedDocument> action) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not stream matches yet");
  }
}
