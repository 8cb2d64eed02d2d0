package org.vigie.collect.fetch;

import java.time.Instant;
import java.util.Optional;

/**
 * What a source's earlier runs learned about the URLs they fetched: HTTP validators for conditional
 * requests, the hash of the content, and when it was last fetched. Kept per source in the catalog
 * between runs; an in-memory implementation serves tests and one-off runs. Implementations are
 * thread-safe.
 */
public interface FetchMemory {

  /**
   * What is known about one URL.
   *
   * @param etag the last {@code ETag}, or {@code null}
   * @param lastModified the last {@code Last-Modified} header value, or {@code null}
   * @param contentHash hex SHA-256 of the last body, or {@code null}
   * @param fetchedAt when it was last fetched
   */
  record Seen(
      String url, String etag, String lastModified, String contentHash, Instant fetchedAt) {}

  Optional<Seen> seen(String url);

  void remember(Seen seen);
}
