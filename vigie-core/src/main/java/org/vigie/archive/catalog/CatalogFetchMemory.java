package org.vigie.archive.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;
import org.vigie.collect.fetch.FetchMemory;

/** One source's {@link FetchMemory}, kept in the catalog's {@code fetch_memory} table. */
final class CatalogFetchMemory implements FetchMemory {
  private final Catalog catalog;
  private final String sourceId;

  CatalogFetchMemory(Catalog catalog, String sourceId) {
    this.catalog = catalog;
    this.sourceId = sourceId;
  }

  @Override
  public Optional<Seen> seen(String url) {
    return catalog.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT etag, last_modified, content_hash, fetched_at FROM fetch_memory"
                      + " WHERE source_id = ? AND url = ?")) {
            ps.setString(1, sourceId);
            ps.setString(2, url);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Seen(
                      url,
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getTimestamp(4).toInstant()));
            }
          }
        });
  }

  @Override
  public void remember(Seen seen) {
    catalog.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO fetch_memory (source_id, url, etag, last_modified, content_hash,"
                      + " fetched_at) KEY (source_id, url) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, sourceId);
            ps.setString(2, seen.url());
            ps.setString(3, seen.etag());
            ps.setString(4, seen.lastModified());
            ps.setString(5, seen.contentHash());
            ps.setTimestamp(6, Timestamp.from(seen.fetchedAt()));
            ps.executeUpdate();
          }
          return null;
        });
  }
}
