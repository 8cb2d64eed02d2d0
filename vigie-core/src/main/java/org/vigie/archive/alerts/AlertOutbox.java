package org.vigie.archive.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.vigie.archive.alerts.channels.AlertMessage;
import org.vigie.archive.alerts.channels.MailChannel;
import org.vigie.archive.alerts.channels.MailText;
import org.vigie.archive.alerts.channels.WebhookChannel;
import org.vigie.archive.catalog.CatalogException;
import org.vigie.document.DocumentJson;

/**
 * The outbox of alert deliveries in the catalog: each message is written with its match (or its
 * digest's matches) in one transaction, one row per channel, and stays until delivered or given up;
 * its id is the webhook-id, the idempotency key a receiver discards repeats by. Thread-safe.
 */
public final class AlertOutbox {
  /** A delivery's state. */
  public enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }

  /**
   * One row of the outbox, as the delivery log shows it.
   *
   * @param attempts how many attempts so far
   * @param nextAt when the next attempt is due (pending ones)
   */
  public record Delivery(
      String id,
      long ruleId,
      String kind,
      String channel,
      String target,
      AlertMessage message,
      Status status,
      int attempts,
      Instant nextAt,
      Integer lastCode,
      String lastError,
      Instant createdAt,
      Instant deliveredAt) {}

  /** One attempt of a delivery. */
  public record Attempt(int attempt, Instant at, Integer code, String error) {}

  private final DataSource db;
  private final AlertSql sql;

  AlertOutbox(DataSource db) {
    this.db = db;
    this.sql = new AlertSql(db);
  }

  /**
   * Writes the deliveries of one message on the connection of the caller's transaction: one per
   * channel the rule has (mail, webhook unless gone), and an in-app notice for its owner.
   */
  void enqueue(Connection c, AlertRule rule, AlertMessage m, Instant now, Instant due)
      throws SQLException {
    try (Batch batch = new Batch(c)) {
      batch.add(rule, m, now, due);
      batch.flush();
    }
  }

  /**
   * Messages being written on the connection of the caller's transaction, each statement prepared
   * once and the rows of all messages sent as one batch by {@link #flush()}: a document that
   * matched many rules costs a few statements, not a few per rule.
   */
  static final class Batch implements AutoCloseable {
    private static final String MESSAGES_SINCE =
        "SELECT COUNT(DISTINCT created_at) FROM alert_delivery WHERE rule_id = ? AND created_at >= ?";

    private final Connection c;
    private final PreparedStatement deliveries;
    private final PreparedStatement notices;
    private PreparedStatement since;

    Batch(Connection c) throws SQLException {
      this.c = c;
      this.deliveries =
          c.prepareStatement(
              "INSERT INTO alert_delivery (id, rule_id, kind, channel, target, payload, status,"
                  + " attempts, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)");
      this.notices =
          c.prepareStatement(
              "INSERT INTO alert_notice (rule_id, owner, title, doc_id, created_at)"
                  + " VALUES (?, ?, ?, ?, ?)");
    }

    /** How many messages of a rule were queued since a time (its rate limit counts them). */
    int queuedSince(long ruleId, Instant from) throws SQLException {
      if (since == null) {
        since = c.prepareStatement(MESSAGES_SINCE);
      }
      since.setLong(1, ruleId);
      since.setTimestamp(2, Timestamp.from(from));
      try (ResultSet rs = since.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }

    /** Adds a message's deliveries (one per channel the rule has) and its owner's notice. */
    void add(AlertRule rule, AlertMessage m, Instant now, Instant due) throws SQLException {
      String payload;
      try {
        payload = DocumentJson.mapper().writeValueAsString(m);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      if (rule.email() != null && !rule.email().isBlank()) {
        delivery(rule, m.kind(), MailChannel.NAME, rule.email(), payload, now, due);
      }
      if (rule.webhookUrl() != null && !rule.webhookUrl().isBlank() && !rule.webhookDisabled()) {
        delivery(rule, m.kind(), WebhookChannel.NAME, rule.webhookUrl(), payload, now, due);
      }
      notices.setLong(1, rule.id());
      notices.setString(2, rule.owner());
      notices.setString(3, clip(MailText.subject(m)));
      notices.setString(4, m.items().isEmpty() ? null : m.items().get(0).docId());
      notices.setTimestamp(5, Timestamp.from(now));
      notices.addBatch();
    }

    private void delivery(
        AlertRule rule,
        String kind,
        String channel,
        String target,
        String payload,
        Instant now,
        Instant due)
        throws SQLException {
      deliveries.setString(1, DeliveryIds.next());
      deliveries.setLong(2, rule.id());
      deliveries.setString(3, kind);
      deliveries.setString(4, channel);
      deliveries.setString(5, target);
      deliveries.setString(6, payload);
      deliveries.setTimestamp(7, Timestamp.from(due));
      deliveries.setTimestamp(8, Timestamp.from(now));
      deliveries.addBatch();
    }

    /** Writes the rows added so far. */
    void flush() throws SQLException {
      deliveries.executeBatch();
      notices.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      try (deliveries;
          notices;
          PreparedStatement s = since) {
        // closed in reverse order
      }
    }
  }

  /** How many messages of a rule were queued since a time (its rate limit counts them). */
  int queuedSince(Connection c, long ruleId, Instant since) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(Batch.MESSAGES_SINCE)) {
      ps.setLong(1, ruleId);
      ps.setTimestamp(2, Timestamp.from(since));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** The pending deliveries due at {@code now}, oldest first. */
  public List<Delivery> due(Instant now, int limit) {
    return sql.select(
        "SELECT * FROM alert_delivery WHERE status = 'PENDING' AND next_at <= ? ORDER BY next_at,"
            + " created_at LIMIT ?",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(now));
          ps.setInt(2, limit);
        },
        AlertOutbox::delivery);
  }

  /** Deliveries still pending, whenever due. */
  public int pending() {
    return count("SELECT COUNT(*) FROM alert_delivery WHERE status = 'PENDING'", -1);
  }

  /** A rule's deliveries, newest first. */
  public List<Delivery> ofRule(long ruleId, int limit) {
    return sql.select(
        "SELECT * FROM alert_delivery WHERE rule_id = ? ORDER BY created_at DESC, id LIMIT ?",
        ps -> {
          ps.setLong(1, ruleId);
          ps.setInt(2, limit);
        },
        AlertOutbox::delivery);
  }

  public java.util.Optional<Delivery> get(String id) {
    return sql
        .select(
            "SELECT * FROM alert_delivery WHERE id = ?",
            ps -> ps.setString(1, id),
            AlertOutbox::delivery)
        .stream()
        .findFirst();
  }

  /** A delivery's attempts, in order. */
  public List<Attempt> attempts(String deliveryId) {
    List<Attempt> attempts = new ArrayList<>();
    sql.run(
        "SELECT attempt, at, code, error FROM alert_attempt WHERE delivery_id = ? ORDER BY attempt",
        ps -> {
          ps.setString(1, deliveryId);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              int code = rs.getInt(3);
              attempts.add(
                  new Attempt(
                      rs.getInt(1),
                      rs.getTimestamp(2).toInstant(),
                      rs.wasNull() ? null : code,
                      rs.getString(4)));
            }
          }
        });
    return attempts;
  }

  /** Records an attempt and the delivery's new state, in one transaction. */
  void recordAttempt(
      Delivery d, Instant at, Integer code, String error, Status status, Instant nextAt) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        int attempt = d.attempts() + 1;
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO alert_attempt (delivery_id, attempt, at, code, error) VALUES (?, ?,"
                    + " ?, ?, ?)")) {
          ps.setString(1, d.id());
          ps.setInt(2, attempt);
          ps.setTimestamp(3, Timestamp.from(at));
          ps.setObject(4, code);
          ps.setString(5, clip(error));
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE alert_delivery SET status = ?, attempts = ?, next_at = ?, last_code = ?,"
                    + " last_error = ?, delivered_at = ? WHERE id = ?")) {
          ps.setString(1, status.name());
          ps.setInt(2, attempt);
          ps.setTimestamp(3, Timestamp.from(nextAt));
          ps.setObject(4, code);
          ps.setString(5, clip(error));
          ps.setTimestamp(6, status == Status.DELIVERED ? Timestamp.from(at) : null);
          ps.setString(7, d.id());
          ps.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new CatalogException("cannot record an attempt of delivery " + d.id(), e);
    }
  }

  /** Moves a pending delivery's next attempt, without counting an attempt (quiet hours). */
  void postpone(String id, Instant at) {
    sql.run(
        "UPDATE alert_delivery SET next_at = ? WHERE id = ? AND status = 'PENDING'",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(at));
          ps.setString(2, id);
          ps.executeUpdate();
        });
  }

  /** Puts a failed delivery back in the queue, due now; false when it is not failed. */
  public boolean resend(String id, Instant now) {
    int[] n = {0};
    sql.run(
        "UPDATE alert_delivery SET status = 'PENDING', next_at = ? WHERE id = ? AND status ="
            + " 'FAILED'",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(now));
          ps.setString(2, id);
          n[0] = ps.executeUpdate();
        });
    return n[0] > 0;
  }

  /** Gives up every pending delivery to a rule's webhook (the endpoint is gone). */
  void abandonWebhook(long ruleId, String why) {
    sql.run(
        "UPDATE alert_delivery SET status = 'FAILED', last_error = ? WHERE rule_id = ? AND"
            + " channel = 'webhook' AND status = 'PENDING'",
        ps -> {
          ps.setString(1, why);
          ps.setLong(2, ruleId);
          ps.executeUpdate();
        });
  }

  private static String clip(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
  }

  private static Delivery delivery(ResultSet rs) throws SQLException {
    AlertMessage m;
    try {
      m = DocumentJson.mapper().readValue(rs.getString("payload"), AlertMessage.class);
    } catch (JsonProcessingException e) {
      throw new CatalogException("unreadable alert payload " + rs.getString("id"), e);
    }
    int code = rs.getInt("last_code");
    Integer lastCode = rs.wasNull() ? null : code;
    Timestamp delivered = rs.getTimestamp("delivered_at");
    return new Delivery(
        rs.getString("id"),
        rs.getLong("rule_id"),
        rs.getString("kind"),
        rs.getString("channel"),
        rs.getString("target"),
        m,
        Status.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getTimestamp("next_at").toInstant(),
        lastCode,
        rs.getString("last_error"),
        rs.getTimestamp("created_at").toInstant(),
        delivered == null ? null : delivered.toInstant());
  }

  private int count(String query, long ruleId) {
    int[] n = {0};
    sql.run(
        query,
        ps -> {
          if (ruleId >= 0) {
            ps.setLong(1, ruleId);
          }
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            n[0] = rs.getInt(1);
          }
        });
    return n[0];
  }
}
