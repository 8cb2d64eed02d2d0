package org.vigie.archive.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.archive.alerts.AlertMatches.Match;
import org.vigie.archive.alerts.channels.AlertMessage;

/**
 * One document's matches, for every rule it matched, written on the caller's transaction with a
 * fixed number of statements whatever the number of rules: which rules matched it before (a
 * re-ingest), the story each match counts in (its original's, for a copy), the stories' counts, and
 * the messages of the immediate rules whose story is new or has grown markedly, with their
 * deliveries and notices. Each statement is prepared once and its rows sent as one batch; only a
 * story that grew (rare) and the rate limit of a rule that speaks cost a query each.
 */
final class MatchWriter {
  private final Connection c;
  private final AlertOutbox.Batch outbox;
  private final String baseUrl;

  MatchWriter(Connection c, AlertOutbox.Batch outbox, String baseUrl) {
    this.c = c;
    this.outbox = outbox;
    this.baseUrl = baseUrl;
  }

  /** A rule's new match of the document, in the story it counts in. */
  private record Fresh(AlertRule rule, Match match) {}

  /** A rule's count of a story, before this document. */
  private record Counted(int matches, int notified) {}

  /**
   * Writes the document's matches; the number of messages queued (rows added to the outbox batch,
   * which the caller flushes).
   */
  int write(List<AlertRule> matched, Match m, Instant now) throws SQLException {
    Set<Long> before = storiesOf(m.docId()).keySet();
    Map<Long, String> originals = m.copyOf() == null ? Map.of() : storiesOf(m.copyOf());
    List<Fresh> fresh = new ArrayList<>(matched.size());
    Set<Long> seen = new HashSet<>();
    for (AlertRule rule : matched) {
      if (before.contains(rule.id()) || !seen.add(rule.id())) {
        continue; // matched before (a re-ingest): already counted and notified
      }
      String story = originals.getOrDefault(rule.id(), m.storyKey());
      Match own =
          story.equals(m.storyKey())
              ? m
              : new Match(
                  m.docId(),
                  story,
                  m.copyOf(),
                  m.title(),
                  m.url(),
                  m.site(),
                  m.published(),
                  m.matchedAt());
      fresh.add(new Fresh(rule, own));
    }
    if (fresh.isEmpty()) {
      return 0;
    }
    insertMatches(fresh, now);
    Map<String, Map<Long, Counted>> counted = new LinkedHashMap<>();
    for (Fresh f : fresh) {
      String story = f.match().storyKey();
      if (!counted.containsKey(story)) {
        counted.put(story, countsOf(story));
      }
    }
    List<Fresh> speak = new ArrayList<>();
    Map<Fresh, Integer> grown = new HashMap<>();
    try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO alert_story (rule_id, story_key, matches, notified_matches) VALUES"
                    + " (?, ?, 1, 1)");
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE alert_story SET matches = ?, notified_matches = ? WHERE rule_id = ? AND"
                    + " story_key = ?")) {
      for (Fresh f : fresh) {
        String story = f.match().storyKey();
        Counted was = counted.get(story).get(f.rule().id());
        boolean wants;
        if (was == null) {
          insert.setLong(1, f.rule().id());
          insert.setString(2, story);
          insert.addBatch();
          wants = true;
        } else {
          int count = was.matches() + 1;
          wants =
              count >= AlertMatches.GROWTH * was.notified()
                  && count - was.notified() >= AlertMatches.GROWTH_MIN;
          update.setInt(1, count);
          update.setInt(2, wants ? count : was.notified());
          update.setLong(3, f.rule().id());
          update.setString(4, story);
          update.addBatch();
          if (wants) {
            grown.put(f, count);
          }
        }
        if (wants && f.rule().mode() == AlertRule.Mode.IMMEDIATE) {
          speak.add(f);
        }
      }
      insert.executeBatch();
      update.executeBatch();
    }
    for (Fresh f : speak) {
      Integer documents = grown.get(f);
      AlertMessage.Item item =
          documents == null ? item(f.match(), 1, 1) : item(f.match(), documents, sites(f));
      AlertMessage message =
          new AlertMessage(
              f.rule().id(),
              f.rule().name(),
              "immediate",
              now,
              List.of(item),
              null,
              baseUrl,
              f.rule().language());
      Instant due =
          Schedule.due(f.rule(), now, outbox.queuedSince(f.rule().id(), Schedule.lastHour(now)));
      outbox.add(f.rule(), message, now, due);
    }
    return speak.size();
  }

  /** The story each rule that matched a document counted it in. */
  private Map<Long, String> storiesOf(String docId) throws SQLException {
    Map<Long, String> stories = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT rule_id, story_key FROM alert_match WHERE doc_id = ?")) {
      ps.setString(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          stories.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return stories;
  }

  /** Every rule's count of a story so far (none for a story this document opens). */
  private Map<Long, Counted> countsOf(String storyKey) throws SQLException {
    Map<Long, Counted> counts = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT rule_id, matches, notified_matches FROM alert_story WHERE story_key = ?")) {
      ps.setString(1, storyKey);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getLong(1), new Counted(rs.getInt(2), rs.getInt(3)));
        }
      }
    }
    return counts;
  }

  private void insertMatches(List<Fresh> fresh, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO alert_match (rule_id, doc_id, story_key, copy_of, title, url, site,"
                + " published, matched_at, in_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")) {
      for (Fresh f : fresh) {
        Match m = f.match();
        ps.setLong(1, f.rule().id());
        ps.setString(2, m.docId());
        ps.setString(3, m.storyKey());
        ps.setString(4, m.copyOf());
        ps.setString(5, clip(m.title(), 2000));
        ps.setString(6, clip(m.url(), 4000));
        ps.setString(7, clip(m.site(), 500));
        ps.setString(8, m.published());
        ps.setTimestamp(9, Timestamp.from(m.matchedAt() == null ? now : m.matchedAt()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** How many sites a rule's matches of a story come from (a story that grew). */
  private int sites(Fresh f) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(DISTINCT site) FROM alert_match WHERE rule_id = ? AND story_key = ?")) {
      ps.setLong(1, f.rule().id());
      ps.setString(2, f.match().storyKey());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static AlertMessage.Item item(Match m, int documents, int sites) {
    return new AlertMessage.Item(
        m.docId(),
        m.title(),
        m.url(),
        m.site(),
        m.published(),
        m.storyKey(),
        Math.max(1, documents),
        Math.max(1, sites));
  }

  private static String clip(String s, int n) {
    return s == null || s.length() <= n ? s : s.substring(0, n);
  }
}
