package org.vigie.archive.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.vigie.archive.catalog.CatalogException;

/** In-app notifications: written with each alert message, read by the rule's owner. */
public final class Notices {
  /** One notification. */
  public record Notice(
      long id, long ruleId, String title, String docId, Instant createdAt, boolean read) {}

  private final DataSource db;

  Notices(DataSource db) {
    this.db = db;
  }

  /** An account's notifications, newest first. */
  public List<Notice> of(String owner, int limit) {
    List<Notice> found = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, rule_id, title, doc_id, created_at, read_at FROM alert_notice WHERE"
                    + " owner = ? ORDER BY created_at DESC, id DESC LIMIT ?")) {
      ps.setString(1, owner);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(
              new Notice(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getTimestamp(5).toInstant(),
                  rs.getTimestamp(6) != null));
        }
      }
    } catch (SQLException e) {
      throw new CatalogException("cannot read the notifications of " + owner, e);
    }
    return found;
  }

  public int unread(String owner) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM alert_notice WHERE owner = ? AND read_at IS NULL")) {
      ps.setString(1, owner);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new CatalogException("cannot count the notifications of " + owner, e);
    }
  }

  /** Marks every notification of an account read. */
  public void markRead(String owner, Instant now) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE alert_notice SET read_at = ? WHERE owner = ? AND read_at IS NULL")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setString(2, owner);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new CatalogException("cannot mark the notifications of " + owner, e);
    }
  }
}
