package org.vigie.archive.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.vigie.archive.catalog.Sql;

/**
 * The audit trail of the review queue: rows appended in the transaction of the change they record,
 * never updated nor deleted (the catalog's trigger {@link AuditGuard} refuses both), each hashed
 * with the item's previous row so that {@link #verify} finds a row changed or removed behind the
 * trigger's back (a copy of the database edited by hand).
 */
public final class ReviewAudit {
  private static final String COLUMNS =
      "id, item_id, actor, at, action, before_value, after_value, note, hash";

  private final Sql sql;

  ReviewAudit(DataSource db) {
    this.sql = new Sql(db, "review audit");
  }

  /** Appends a row on {@code c}, inside the caller's transaction (which holds the item's lock). */
  static void append(
      Connection c,
      long item,
      String actor,
      Instant at,
      String action,
      String before,
      String after,
      String note)
      throws SQLException {
    Instant when = at.truncatedTo(ChronoUnit.MICROS);
    String previous = "";
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT hash FROM review_audit WHERE item_id = ? ORDER BY id DESC LIMIT 1")) {
      ps.setLong(1, item);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          previous = rs.getString(1);
        }
      }
    }
    String hash = hash(previous, item, actor, when, action, before, after, note);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO review_audit (item_id, actor, at, action, before_value, after_value,"
                + " note, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, item);
      ps.setString(2, actor);
      ps.setObject(3, when.atOffset(ZoneOffset.UTC));
      ps.setString(4, action);
      ps.setString(5, before);
      ps.setString(6, after);
      ps.setString(7, note);
      ps.setString(8, hash);
      ps.executeUpdate();
    }
  }

  /** An item's trail, oldest first. */
  public List<ReviewEvent> history(long item) {
    return sql.select(
        "SELECT " + COLUMNS + " FROM review_audit WHERE item_id = ? ORDER BY id",
        ps -> ps.setLong(1, item),
        ReviewAudit::event);
  }

  /** Every row, oldest first, from row {@code afterId} on: the trail as a whole. */
  public List<ReviewEvent> since(long afterId, int limit) {
    return sql.select(
        "SELECT " + COLUMNS + " FROM review_audit WHERE id > ? ORDER BY id LIMIT ?",
        ps -> {
          ps.setLong(1, afterId);
          ps.setInt(2, limit);
        },
        ReviewAudit::event);
  }

  /**
   * Checks an item's chain of hashes: answers the id of the first row that does not match what it
   * records or the row before it, or empty when the whole trail is as it was written.
   */
  public OptionalLong verify(long item) {
    String previous = "";
    for (ReviewEvent e : history(item)) {
      String expected =
          hash(
              previous, e.itemId(), e.actor(), e.at(), e.action(), e.before(), e.after(), e.note());
      if (!expected.equals(e.hash())) {
        return OptionalLong.of(e.id());
      }
      previous = e.hash();
    }
    return OptionalLong.empty();
  }

  static ReviewEvent event(ResultSet rs) throws SQLException {
    return new ReviewEvent(
        rs.getLong("id"),
        rs.getLong("item_id"),
        rs.getString("actor"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("action"),
        rs.getString("before_value"),
        rs.getString("after_value"),
        rs.getString("note"),
        rs.getString("hash"));
  }

  private static String hash(
      String previous,
      long item,
      String actor,
      Instant at,
      String action,
      String before,
      String after,
      String note) {
    StringBuilder b = new StringBuilder();
    for (String part :
        new String[] {
          previous, Long.toString(item), actor, at.toString(), action, before, after, note
        }) {
      // each part with its length, so that no two different rows read the same
      b.append(part == null ? -1 : part.length()).append(':').append(part == null ? "" : part);
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
