package org.vigie.archive.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.vigie.collect.live.LiveLedger;
import org.vigie.collect.live.LiveMark;
import org.vigie.document.Engagement;

/** One source's {@link LiveLedger}, kept in {@code live_post}, {@code engagement_snapshot}… */
final class CatalogLiveLedger implements LiveLedger {
  private final Catalog catalog;
  private final String sourceId;

  CatalogLiveLedger(Catalog catalog, String sourceId) {
    this.catalog = catalog;
    this.sourceId = sourceId;
  }

  @Override
  public LiveMark mark() {
    return catalog.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT high_water, pending_high, resume_cursor FROM live_cursor"
                      + " WHERE source_id = ?")) {
            ps.setString(1, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? new LiveMark(rs.getString(1), rs.getString(2), rs.getString(3))
                  : LiveMark.NONE;
            }
          }
        });
  }

  @Override
  public boolean sighted(Sighting post, Instant at) {
    return catalog.transaction(
        c -> {
          Boolean stored = stored(c, post.postId());
          if (stored == null) {
            insert(c, post, at);
          } else {
            update(c, post, at);
          }
          if (changed(c, post)) {
            snapshot(c, post, at);
          }
          return Boolean.TRUE.equals(stored);
        });
  }

  private Boolean stored(Connection c, String postId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT stored FROM live_post WHERE source_id = ? AND post_id = ?")) {
      ps.setString(1, sourceId);
      ps.setString(2, postId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getBoolean(1) : null;
      }
    }
  }

  private void insert(Connection c, Sighting post, Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO live_post (source_id, platform, post_id, position, url, document_id,"
                + " first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, sourceId);
      ps.setString(2, post.platform());
      ps.setString(3, post.postId());
      ps.setString(4, post.position());
      ps.setString(5, SourceRows.truncate(post.url(), 8192));
      ps.setString(6, post.documentId());
      ps.setTimestamp(7, Timestamp.from(at));
      ps.setTimestamp(8, Timestamp.from(at));
      ps.executeUpdate();
    }
  }

  /** Seen again: its last sighting, back if it was marked removed; a stored post keeps its id. */
  private void update(Connection c, Sighting post, Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE live_post SET last_seen_at = ?, position = ?, removed_at = NULL,"
                + " document_id = CASE WHEN stored THEN document_id ELSE ? END"
                + " WHERE source_id = ? AND post_id = ?")) {
      ps.setTimestamp(1, Timestamp.from(at));
      ps.setString(2, post.position());
      ps.setString(3, post.documentId());
      ps.setString(4, sourceId);
      ps.setString(5, post.postId());
      ps.executeUpdate();
    }
  }

  /** Whether the sighting has counts that differ from the post's last snapshot (or it has none). */
  private static boolean changed(Connection c, Sighting post) throws SQLException {
    Engagement e = post.engagement();
    if (e == null
        || (e.views() == null
            && e.shares() == null
            && e.reactions() == null
            && e.replies() == null)) {
      return false;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT views, shares, reactions, replies FROM engagement_snapshot"
                + " WHERE platform = ? AND post_id = ? ORDER BY id DESC LIMIT 1")) {
      ps.setString(1, post.platform());
      ps.setString(2, post.postId());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return true;
        }
        Engagement last =
            new Engagement(
                LiveCatalog.count(rs, 1),
                LiveCatalog.count(rs, 2),
                LiveCatalog.count(rs, 3),
                LiveCatalog.count(rs, 4));
        return !Objects.equals(last, e);
      }
    }
  }

  private void snapshot(Connection c, Sighting post, Instant at) throws SQLException {
    Engagement e = post.engagement();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO engagement_snapshot (platform, post_id, source_id, seen_at, views,"
                + " shares, reactions, replies) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, post.platform());
      ps.setString(2, post.postId());
      ps.setString(3, sourceId);
      ps.setTimestamp(4, Timestamp.from(at));
      setCount(ps, 5, e.views());
      setCount(ps, 6, e.shares());
      setCount(ps, 7, e.reactions());
      setCount(ps, 8, e.replies());
      ps.executeUpdate();
    }
  }

  private static void setCount(PreparedStatement ps, int index, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  @Override
  public List<String> knownBetween(String from, String to) {
    return catalog.transaction(
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT post_id FROM live_post WHERE source_id = ? AND position BETWEEN ? AND ?"
                      + " AND removed_at IS NULL ORDER BY position")) {
            ps.setString(1, sourceId);
            ps.setString(2, from);
            ps.setString(3, to);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getString(1));
              }
            }
          }
          return ids;
        });
  }

  @Override
  public void markRemoved(String postId, Instant at) {
    catalog.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE live_post SET removed_at = ? WHERE source_id = ? AND post_id = ?"
                      + " AND removed_at IS NULL")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, sourceId);
            ps.setString(3, postId);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void committed(Collection<String> storedPostIds, LiveMark mark) {
    catalog.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE live_post SET stored = TRUE WHERE source_id = ? AND post_id = ?")) {
            for (String id : storedPostIds) {
              ps.setString(1, sourceId);
              ps.setString(2, id);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO live_cursor (source_id, high_water, pending_high, resume_cursor,"
                      + " updated_at) KEY (source_id) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, sourceId);
            ps.setString(2, mark.highWater());
            ps.setString(3, mark.pendingHigh());
            ps.setString(4, SourceRows.truncate(mark.resumeCursor(), 4096));
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.executeUpdate();
          }
          return null;
        });
  }
}
