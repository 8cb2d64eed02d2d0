package org.vigie.archive.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigie.collect.live.LiveLedger;
import org.vigie.document.Engagement;

/**
 * The live sources' tables ({@code V10__live_sources.sql}): each source's {@link LiveLedger}, and
 * for a stored document, the engagement history and removal of the post it came from. Thread-safe.
 */
public final class LiveCatalog {
  private final Catalog catalog;

  LiveCatalog(Catalog catalog) {
    this.catalog = catalog;
  }

  /** What the catalog remembers of one source's posts and paging. */
  public LiveLedger ledger(String sourceId) {
    return new CatalogLiveLedger(catalog, sourceId);
  }

  /**
   * The counts of the post a document came from, oldest first, one entry each time they changed
   * (the first sighting included); empty for a document no live source collected.
   */
  public List<EngagementSnapshot> history(String documentId) {
    return catalog.transaction(
        c -> {
          List<EngagementSnapshot> found = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT s.seen_at, s.source_id, s.views, s.shares, s.reactions, s.replies"
                      + " FROM engagement_snapshot s WHERE (s.platform, s.post_id) IN"
                      + " (SELECT platform, post_id FROM live_post WHERE document_id = ?)"
                      + " ORDER BY s.seen_at, s.id")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found.add(
                    new EngagementSnapshot(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        new Engagement(count(rs, 3), count(rs, 4), count(rs, 5), count(rs, 6))));
              }
            }
          }
          return found;
        });
  }

  /** When a live source was first seen no longer showing the document's post, if it was. */
  public Optional<PostRemoval> removal(String documentId) {
    return catalog.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT source_id, removed_at FROM live_post WHERE document_id = ?"
                      + " AND removed_at IS NOT NULL ORDER BY removed_at LIMIT 1")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new PostRemoval(rs.getString(1), rs.getTimestamp(2).toInstant()))
                  : Optional.<PostRemoval>empty();
            }
          }
        });
  }

  static Long count(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
