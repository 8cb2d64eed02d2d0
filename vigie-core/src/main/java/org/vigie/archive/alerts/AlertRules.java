package org.vigie.archive.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.vigie.archive.catalog.CatalogException;

/** The alert rules' table in the catalog. Thread-safe. */
public final class AlertRules {
  private static final String COLUMNS =
      "id, name, owner, query, mode, zone, digest_every, digest_at, digest_day, quiet_from,"
          + " quiet_to, rate_per_hour, email, webhook_url, webhook_secret, allow_private,"
          + " webhook_disabled, feed_secret, language, enabled";

  private final DataSource db;
  private final AlertSql sql;

  public AlertRules(DataSource db) {
    this.db = db;
    this.sql = new AlertSql(db);
  }

  /** Every rule, by name. */
  public List<AlertRule> list() {
    return sql.select(
        "SELECT " + COLUMNS + " FROM alert_rule ORDER BY name", ps -> {}, AlertRules::rule);
  }

  /** The rules an account owns, by name. */
  public List<AlertRule> ownedBy(String owner) {
    return sql.select(
        "SELECT " + COLUMNS + " FROM alert_rule WHERE owner = ? ORDER BY name",
        ps -> ps.setString(1, owner),
        AlertRules::rule);
  }

  public Optional<AlertRule> get(long id) {
    return sql
        .select(
            "SELECT " + COLUMNS + " FROM alert_rule WHERE id = ?",
            ps -> ps.setLong(1, id),
            AlertRules::rule)
        .stream()
        .findFirst();
  }

  public Optional<AlertRule> byName(String name) {
    return sql
        .select(
            "SELECT " + COLUMNS + " FROM alert_rule WHERE name = ?",
            ps -> ps.setString(1, name),
            AlertRules::rule)
        .stream()
        .findFirst();
  }

  /** The rule whose Atom feed has this secret. */
  public Optional<AlertRule> byFeedSecret(String secret) {
    return sql
        .select(
            "SELECT " + COLUMNS + " FROM alert_rule WHERE feed_secret = ?",
            ps -> ps.setString(1, secret),
            AlertRules::rule)
        .stream()
        .findFirst();
  }

  /**
   * Saves a new rule and returns it with its id.
   *
   * @throws IllegalArgumentException when another rule has the name
   */
  public AlertRule add(AlertRule r, Instant now) {
    if (byName(r.name()).isPresent()) {
      throw new IllegalArgumentException("an alert named '" + r.name() + "' already exists");
    }
    String query =
        "INSERT INTO alert_rule (name, owner, query, mode, zone, digest_every, digest_at,"
            + " digest_day, quiet_from, quiet_to, rate_per_hour, email, webhook_url,"
            + " webhook_secret, allow_private, webhook_disabled, feed_secret, language, enabled,"
            + " created_at, last_digest_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?)";
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(query, java.sql.Statement.RETURN_GENERATED_KEYS)) {
      int i = bind(ps, r);
      ps.setTimestamp(i++, Timestamp.from(now));
      ps.setTimestamp(i, Timestamp.from(now)); // the first digest covers what comes after
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return r.withId(keys.getLong(1));
      }
    } catch (SQLException e) {
      throw new CatalogException("cannot save alert " + r.name(), e);
    }
  }

  /** Replaces a saved rule's settings. */
  public void update(AlertRule r) {
    String query =
        "UPDATE alert_rule SET name = ?, owner = ?, query = ?, mode = ?, zone = ?,"
            + " digest_every = ?, digest_at = ?, digest_day = ?, quiet_from = ?, quiet_to = ?,"
            + " rate_per_hour = ?, email = ?, webhook_url = ?, webhook_secret = ?,"
            + " allow_private = ?, webhook_disabled = ?, feed_secret = ?, language = ?,"
            + " enabled = ? WHERE id = ?";
    sql.run(
        query,
        ps -> {
          int i = bind(ps, r);
          ps.setLong(i, r.id());
          ps.executeUpdate();
        });
  }

  public boolean remove(long id) {
    boolean[] removed = {false};
    sql.run(
        "DELETE FROM alert_rule WHERE id = ?",
        ps -> {
          ps.setLong(1, id);
          removed[0] = ps.executeUpdate() > 0;
        });
    return removed[0];
  }

  /** Marks a rule's webhook endpoint gone (it answered 410). */
  void disableWebhook(long id) {
    sql.run(
        "UPDATE alert_rule SET webhook_disabled = TRUE WHERE id = ?",
        ps -> {
          ps.setLong(1, id);
          ps.executeUpdate();
        });
  }

  Optional<Instant> lastDigest(long id) {
    return instant("SELECT last_digest_at FROM alert_rule WHERE id = ?", id);
  }

  Optional<Instant> lastSpike(long id) {
    return instant("SELECT last_spike_at FROM alert_rule WHERE id = ?", id);
  }

  void setLastDigest(Connection c, long id, Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE alert_rule SET last_digest_at = ? WHERE id = ?")) {
      ps.setTimestamp(1, Timestamp.from(at));
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  void setLastSpike(Connection c, long id, Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE alert_rule SET last_spike_at = ? WHERE id = ?")) {
      ps.setTimestamp(1, Timestamp.from(at));
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  private Optional<Instant> instant(String query, long id) {
    List<Instant> found = new ArrayList<>();
    sql.run(
        query,
        ps -> {
          ps.setLong(1, id);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getTimestamp(1) != null) {
              found.add(rs.getTimestamp(1).toInstant());
            }
          }
        });
    return found.stream().findFirst();
  }

  private static int bind(PreparedStatement ps, AlertRule r) throws SQLException {
    int i = 1;
    ps.setString(i++, r.name());
    ps.setString(i++, r.owner());
    ps.setString(i++, r.query());
    ps.setString(i++, r.mode().name());
    ps.setString(i++, r.zone().getId());
    ps.setString(i++, r.digest().every().name());
    ps.setString(i++, r.digest().at().toString());
    ps.setString(i++, r.digest().day().name());
    ps.setString(i++, r.quiet() == null ? null : r.quiet().from().toString());
    ps.setString(i++, r.quiet() == null ? null : r.quiet().to().toString());
    ps.setInt(i++, r.ratePerHour());
    ps.setString(i++, r.email());
    ps.setString(i++, r.webhookUrl());
    ps.setString(i++, r.webhookSecret());
    ps.setBoolean(i++, r.allowPrivate());
    ps.setBoolean(i++, r.webhookDisabled());
    ps.setString(i++, r.feedSecret());
    ps.setString(i++, r.language());
    ps.setBoolean(i++, r.enabled());
    return i;
  }

  private static AlertRule rule(ResultSet rs) throws SQLException {
    String quietFrom = rs.getString("quiet_from");
    String quietTo = rs.getString("quiet_to");
    return new AlertRule(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("owner"),
        rs.getString("query"),
        AlertRule.Mode.valueOf(rs.getString("mode")),
        ZoneId.of(rs.getString("zone")),
        new AlertRule.Digest(
            AlertRule.Digest.Every.valueOf(rs.getString("digest_every")),
            LocalTime.parse(rs.getString("digest_at")),
            DayOfWeek.valueOf(rs.getString("digest_day"))),
        quietFrom == null
            ? null
            : new AlertRule.QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietTo)),
        rs.getInt("rate_per_hour"),
        rs.getString("email"),
        rs.getString("webhook_url"),
        rs.getString("webhook_secret"),
        rs.getBoolean("allow_private"),
        rs.getBoolean("webhook_disabled"),
        rs.getString("feed_secret"),
        rs.getString("language"),
        rs.getBoolean("enabled"));
  }
}
