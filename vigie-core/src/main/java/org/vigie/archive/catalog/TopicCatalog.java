package org.vigie.archive.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.vigie.link.topics.Topic;

/** The taxonomy's table in the catalog: topics by id. Thread-safe. */
public final class TopicCatalog {
  private final DataSource pool;

  TopicCatalog(DataSource pool) {
    this.pool = pool;
  }

  /** Every topic, by category path then name. */
  public List<Topic> list() {
    List<Topic> topics = new ArrayList<>();
    query(
        "SELECT id, name, category, query FROM topic ORDER BY category, name",
        ps -> {
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              topics.add(topic(rs));
            }
          }
        });
    return topics;
  }

  public Optional<Topic> get(String id) {
    List<Topic> found = new ArrayList<>();
    query(
        "SELECT id, name, category, query FROM topic WHERE id = ?",
        ps -> {
          ps.setString(1, id);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              found.add(topic(rs));
            }
          }
        });
    return found.stream().findFirst();
  }

  /** Creates or replaces a topic. */
  public void save(Topic topic) {
    query(
        "MERGE INTO topic (id, name, category, query, updated_at) KEY (id) VALUES (?, ?, ?, ?, ?)",
        ps -> {
          ps.setString(1, topic.id());
          ps.setString(2, topic.name());
          ps.setString(3, String.join("\n", topic.category()));
          ps.setString(4, topic.query());
          ps.setTimestamp(5, Timestamp.from(Instant.now()));
          ps.executeUpdate();
        });
  }

  /** Deletes a topic; false when there was none. */
  public boolean delete(String id) {
    boolean[] deleted = {false};
    query(
        "DELETE FROM topic WHERE id = ?",
        ps -> {
          ps.setString(1, id);
          deleted[0] = ps.executeUpdate() > 0;
        });
    return deleted[0];
  }

  /** Whether the starter taxonomy was put in this catalog once. */
  public boolean seeded() {
    boolean[] seeded = {false};
    query(
        "SELECT COUNT(*) FROM topic_seed",
        ps -> {
          try (ResultSet rs = ps.executeQuery()) {
            seeded[0] = rs.next() && rs.getLong(1) > 0;
          }
        });
    return seeded[0];
  }

  /** Remembers that the starter taxonomy was put in this catalog. */
  public void markSeeded() {
    query(
        "INSERT INTO topic_seed (seeded_at) VALUES (?)",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(Instant.now()));
          ps.executeUpdate();
        });
  }

  private static Topic topic(ResultSet rs) throws SQLException {
    String category = rs.getString("category");
    return new Topic(
        rs.getString("id"),
        rs.getString("name"),
        category.isEmpty() ? List.of() : List.of(category.split("\n")),
        rs.getString("query"));
  }

  @FunctionalInterface
  private interface Body {
    void run(PreparedStatement ps) throws SQLException;
  }

  private void query(String sql, Body body) {
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      body.run(ps);
    } catch (SQLException e) {
      throw new CatalogException("catalog query failed: " + sql, e);
    }
  }
}
