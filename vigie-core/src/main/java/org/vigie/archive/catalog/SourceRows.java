package org.vigie.archive.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.collect.sources.RegisteredSource;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.collect.sources.SourceState;

/** The SQL of the registry's rows: a source, its tags and options, its run state. */
final class SourceRows {
  private static final String COLUMNS =
      "id, name, kind, location, country, language, schedule_seconds, allow_private, enabled,"
          + " last_run_at, last_success_at, last_error_at, last_error_message, last_error_cause,"
          + " consecutive_failures, next_due_at, created_at";

  private SourceRows() {}

  static boolean exists(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM source WHERE id = ? AND registered")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static void upsert(Connection c, Source s, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO source (id, name, kind, location, country, language, schedule_seconds,"
                + " allow_private, registered, removed_at, updated_at, created_at) KEY (id)"
                + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, TRUE, NULL, ?,"
                + " COALESCE((SELECT created_at FROM source WHERE id = ?), ?)")) {
      ps.setString(1, s.id());
      ps.setString(2, s.name());
      ps.setString(3, s.kind().name());
      ps.setString(4, s.location());
      ps.setString(5, s.country());
      ps.setString(6, s.language());
      if (s.schedule() == null) {
        ps.setNull(7, Types.BIGINT);
      } else {
        ps.setLong(7, s.schedule().toSeconds());
      }
      ps.setBoolean(8, s.allowPrivateAddresses());
      ps.setTimestamp(9, Timestamp.from(now));
      ps.setString(10, s.id());
      ps.setTimestamp(11, Timestamp.from(now));
      ps.executeUpdate();
    }
  }

  static void resetState(Connection c, Source s, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE source SET enabled = TRUE, last_success_at = NULL, last_error_at = NULL,"
                + " last_error_message = NULL, last_error_cause = NULL,"
                + " consecutive_failures = 0, next_due_at = ? WHERE id = ?")) {
      setTime(ps, 1, s.schedule() == null ? null : now);
      ps.setString(2, s.id());
      ps.executeUpdate();
    }
  }

  static void setNextDue(Connection c, String id, Instant due) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE source SET next_due_at = ? WHERE id = ?")) {
      setTime(ps, 1, due);
      ps.setString(2, id);
      ps.executeUpdate();
    }
  }

  static void writeTagsAndOptions(Connection c, Source s) throws SQLException {
    for (String table : List.of("source_tag", "source_option")) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + table + " WHERE source_id = ?")) {
        ps.setString(1, s.id());
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO source_tag (source_id, position, tag) VALUES (?, ?, ?)")) {
      for (int i = 0; i < s.tags().size(); i++) {
        ps.setString(1, s.id());
        ps.setInt(2, i);
        ps.setString(3, s.tags().get(i));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO source_option (source_id, option_name, option_value) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, String> o : new TreeMap<>(s.options()).entrySet()) {
        ps.setString(1, s.id());
        ps.setString(2, o.getKey());
        ps.setString(3, o.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  static List<RegisteredSource> query(Connection c, String where, Binder binder)
      throws SQLException {
    List<RegisteredSource> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM source " + where)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row(c, rs));
        }
      }
    }
    return rows;
  }

  static RegisteredSource row(Connection c, ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    long seconds = rs.getLong("schedule_seconds");
    Duration schedule = rs.wasNull() ? null : Duration.ofSeconds(seconds);
    Source source =
        new Source(
            id,
            rs.getString("name"),
            SourceKind.valueOf(rs.getString("kind")),
            rs.getString("location"),
            rs.getString("country"),
            rs.getString("language"),
            tags(c, id),
            schedule,
            rs.getBoolean("allow_private"),
            options(c, id));
    SourceState state =
        new SourceState(
            rs.getBoolean("enabled"),
            time(rs, "last_run_at"),
            time(rs, "last_success_at"),
            time(rs, "last_error_at"),
            rs.getString("last_error_message"),
            rs.getString("last_error_cause"),
            rs.getInt("consecutive_failures"),
            time(rs, "next_due_at"),
            time(rs, "created_at"));
    return new RegisteredSource(source, state);
  }

  static List<String> tags(Connection c, String id) throws SQLException {
    List<String> tags = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT tag FROM source_tag WHERE source_id = ? ORDER BY position")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tags.add(rs.getString(1));
        }
      }
    }
    return tags;
  }

  static Map<String, String> options(Connection c, String id) throws SQLException {
    Map<String, String> options = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT option_name, option_value FROM source_option WHERE source_id = ? ORDER BY option_name")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          options.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return options;
  }

  static Instant time(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static void setTime(PreparedStatement ps, int index, Instant value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setTimestamp(index, Timestamp.from(value));
    }
  }

  static String truncate(String s, int max) {
    if (s == null) {
      return null;
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
