package org.vigie.archive.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.vigie.archive.alerts.channels.AlertMessage;
import org.vigie.archive.catalog.CatalogException;

/**
 * What the rules matched, in the catalog, and the messages it makes: an immediate rule's match and
 * its deliveries in one transaction, one message per story (a copy or a second article of a
 * notified story adds to it; the story is notified again when its matches double); a digest's
 * matches grouped by story; hourly counts for spikes. Thread-safe.
 */
public final class AlertMatches {
  /** A story is notified again when it has this many times the matches it had when notified. */
  static final int GROWTH = 2;

  /** … and at least this many more. */
  static final int GROWTH_MIN = 3;

  /** One matched document. */
  public record Match(
      String docId,
      String storyKey,
      String copyOf,
      String title,
      String url,
      String site,
      String published,
      Instant matchedAt) {}

  private final DataSource db;
  private final AlertSql sql;
  private final AlertOutbox outbox;
  private final AlertRules rules;
  private volatile String baseUrl;

  AlertMatches(DataSource db, AlertOutbox outbox, AlertRules rules, String baseUrl) {
    this.db = db;
    this.sql = new AlertSql(db);
    this.outbox = outbox;
    this.rules = rules;
    this.baseUrl = baseUrl;
  }

  String baseUrl() {
    return baseUrl;
  }

  void baseUrl(String url) {
    this.baseUrl = url == null ? "" : url.replaceAll("/+$", "");
  }

  /**
   * Records that a rule matched a document and, for an immediate rule whose story is new (or has
   * grown markedly), queues its message: all in one transaction.
   *
   * @return whether a message was queued
   */
  boolean record(AlertRule rule, Match m, Instant now) {
    return recordAll(List.of(rule), m, now) > 0;
  }

  /**
   * Records that rules matched one document and queues the messages of the immediate rules whose
   * story is new (or has grown markedly), in one transaction for the document: one commit whatever
   * the number of rules it matched.
   *
   * @return how many messages were queued
   */
  int recordAll(List<AlertRule> matched, Match m, Instant now) {
    // one document at a time: two copies of a story written together count as one story
    synchronized (this) {
      try (Connection c = db.getConnection()) {
        c.setAutoCommit(false);
        try {
          int queued;
          try (AlertOutbox.Batch batch = new AlertOutbox.Batch(c)) {
            queued = new MatchWriter(c, batch, baseUrl).write(matched, m, now);
            batch.flush();
          }
          c.commit();
          return queued;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        throw new CatalogException("cannot record the alert matches of " + m.docId(), e);
      }
    }
  }

  /**
   * Queues a digest of a rule's matches not yet in a digest, grouped by story (the story's first
   * original stands for it, its copies and other articles counted), and marks them sent, in one
   * transaction; nothing when there is nothing new.
   *
   * @return the stories in the digest
   */
  int digest(AlertRule rule, Instant now) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        Map<String, List<Match>> stories = new LinkedHashMap<>();
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT doc_id, story_key, copy_of, title, url, site, published, matched_at FROM"
                    + " alert_match WHERE rule_id = ? AND in_digest = FALSE ORDER BY matched_at,"
                    + " id")) {
          ps.setLong(1, rule.id());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Match m = match(rs);
              stories.computeIfAbsent(m.storyKey(), k -> new ArrayList<>()).add(m);
            }
          }
        }
        rules.setLastDigest(c, rule.id(), now);
        if (!stories.isEmpty()) {
          List<AlertMessage.Item> items = new ArrayList<>();
          for (List<Match> story : stories.values()) {
            Match first =
                story.stream().filter(m -> m.copyOf() == null).findFirst().orElse(story.get(0));
            Set<String> sites = new LinkedHashSet<>();
            story.forEach(m -> sites.add(m.site() == null ? "" : m.site()));
            items.add(
                new AlertMessage.Item(
                    first.docId(),
                    first.title(),
                    first.url(),
                    first.site(),
                    first.published(),
                    first.storyKey(),
                    story.size(),
                    sites.size()));
          }
          AlertMessage message =
              new AlertMessage(
                  rule.id(), rule.name(), "digest", now, items, null, baseUrl, rule.language());
          outbox.enqueue(c, rule, message, now, Schedule.due(rule, now, outbox, c));
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE alert_match SET in_digest = TRUE WHERE rule_id = ? AND in_digest ="
                      + " FALSE")) {
            ps.setLong(1, rule.id());
            ps.executeUpdate();
          }
        }
        c.commit();
        return stories.size();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new CatalogException("cannot write the digest of " + rule.name(), e);
    }
  }

  /** Queues a spike message, and notes the spike's time (its cool-down counts from it). */
  void spike(AlertRule rule, String note, List<Match> examples, Instant now) {
    List<AlertMessage.Item> items = new ArrayList<>();
    for (Match m : examples) {
      items.add(
          new AlertMessage.Item(
              m.docId(), m.title(), m.url(), m.site(), m.published(), m.storyKey(), 1, 1));
    }
    event(rule, "spike", note, items, now);
  }

  /**
   * Queues one message of a rule about an event (a spike, a coordinated group), held by its quiet
   * hours and rate limit; a spike also starts its cool-down.
   */
  void event(AlertRule rule, String kind, String note, List<AlertMessage.Item> items, Instant now) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        AlertMessage message =
            new AlertMessage(
                rule.id(), rule.name(), kind, now, items, note, baseUrl, rule.language());
        outbox.enqueue(c, rule, message, now, Schedule.due(rule, now, outbox, c));
        if (kind.equals("spike")) {
          rules.setLastSpike(c, rule.id(), now);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new CatalogException("cannot write the " + kind + " alert of " + rule.name(), e);
    }
  }

  /** Queues a test message of a rule now (with its latest match, if any). */
  void test(AlertRule rule, Instant now) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        List<AlertMessage.Item> items = new ArrayList<>();
        for (Match m : recent(rule.id(), 1)) {
          items.add(
              new AlertMessage.Item(
                  m.docId(), m.title(), m.url(), m.site(), m.published(), m.storyKey(), 1, 1));
        }
        AlertMessage message =
            new AlertMessage(
                rule.id(), rule.name(), "test", now, items, null, baseUrl, rule.language());
        outbox.enqueue(c, rule, message, now, now);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new CatalogException("cannot write the test message of " + rule.name(), e);
    }
  }

  /** Matches per hour from {@code from} for {@code hours} hours, by the time they were matched. */
  long[] hourly(long ruleId, Instant from, int hours) {
    long[] counts = new long[hours];
    sql.run(
        "SELECT matched_at FROM alert_match WHERE rule_id = ? AND matched_at >= ? AND matched_at"
            + " < ?",
        ps -> {
          ps.setLong(1, ruleId);
          ps.setTimestamp(2, Timestamp.from(from));
          ps.setTimestamp(3, Timestamp.from(from.plus(Duration.ofHours(hours))));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              long h = Duration.between(from, rs.getTimestamp(1).toInstant()).toHours();
              if (h >= 0 && h < hours) {
                counts[(int) h]++;
              }
            }
          }
        });
    return counts;
  }

  /** A rule's latest matches, newest first: its Atom feed and its page. */
  public List<Match> recent(long ruleId, int limit) {
    List<Match> found = new ArrayList<>();
    sql.run(
        "SELECT doc_id, story_key, copy_of, title, url, site, published, matched_at FROM"
            + " alert_match WHERE rule_id = ? ORDER BY matched_at DESC, id DESC LIMIT ?",
        ps -> {
          ps.setLong(1, ruleId);
          ps.setInt(2, limit);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              found.add(match(rs));
            }
          }
        });
    return found;
  }

  private static Match match(ResultSet rs) throws SQLException {
    return new Match(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getTimestamp(8).toInstant());
  }

  private static String clip(String s, int n) {
    return s == null || s.length() <= n ? s : s.substring(0, n);
  }
}
