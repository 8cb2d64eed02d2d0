package org.vigie.archive.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.vigie.archive.catalog.CatalogException;
import org.vigie.archive.catalog.Sql;
import org.vigie.document.AnalyzedDocument;

/**
 * The review queue, kept in the catalog: documents flagged for people to decide on ({@link
 * #enqueue}, once per document and kind), grouped with the items of the same story, the copies of
 * one original or the same claim, and reviewers' decisions ({@link #decide}), each recorded in the
 * append-only {@link ReviewAudit} in the same transaction. Thread-safe (the database locks).
 */
public final class ReviewQueue {
  /** The actor of the audit rows Vigie writes itself (an item flagged at ingest). */
  public static final String SYSTEM = "vigie";

  private static final String ITEM =
      "SELECT i.*, (SELECT COUNT(*) FROM review_item g WHERE g.group_id = i.group_id) AS"
          + " group_size FROM review_item i";

  private final DataSource db;
  private final Sql sql;
  private final Clock clock;
  private final ReviewAudit audit;
  private volatile double threshold;

  public ReviewQueue(DataSource db, Clock clock) {
    this.db = db;
    this.sql = new Sql(db, "review");
    this.clock = clock;
    this.audit = new ReviewAudit(db);
    this.threshold = readThreshold();
  }

  /** What reviewers decided: training lines and precision. */
  public ReviewDecisions decisions() {
    return new ReviewDecisions(db);
  }

  /** The audit trail. */
  public ReviewAudit audit() {
    return audit;
  }

  /** The least harm score that sends a document to the queue (0..1; 0.6 unless changed). */
  public double threshold() {
    return threshold;
  }

  /**
   * Changes the harm threshold for the documents archived from now on (and for a backfill).
   *
   * @throws IllegalArgumentException when it is not within 0..1
   */
  public void threshold(double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("review threshold: a score from 0 to 1, not " + value);
    }
    sql.update(
        "MERGE INTO review_setting (name, val) KEY (name) VALUES ('harm.threshold', ?)",
        ps -> ps.setString(1, Double.toString(value)));
    threshold = value;
  }

  private double readThreshold() {
    List<String> v =
        sql.select(
            "SELECT val FROM review_setting WHERE name = 'harm.threshold'",
            ps -> {},
            rs -> rs.getString(1));
    return v.isEmpty() ? 0.6 : Double.parseDouble(v.getFirst());
  }

  /**
   * Puts a document in the queue for a flag, in the group of the original it copies, else of its
   * story, else its own; nothing when the document is already there for that kind.
   *
   * @return the new item's id, or empty when it was there
   */
  public Optional<Long> enqueue(AnalyzedDocument d, ReviewFlag flag) {
    try {
      return enqueueOnce(d, flag);
    } catch (CatalogException e) {
      if (!uniqueViolation(e)) {
        throw e;
      }
      // another worker created the same group or item at the same moment: this one now finds it
      return enqueueOnce(d, flag);
    }
  }

  private static boolean uniqueViolation(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof SQLException sqe && "23505".equals(sqe.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private Optional<Long> enqueueOnce(AnalyzedDocument d, ReviewFlag flag) {
    return inTransaction(
        c -> {
          if (itemId(c, d.id(), flag.kind()).isPresent()) {
            return Optional.empty();
          }
          long group = group(c, d, flag);
          Instant now = clock.instant();
          long id = insert(c, d, flag, group, now);
          ReviewAudit.append(
              c, id, SYSTEM, now, ReviewEvent.FLAGGED, null, ReviewStatus.A_TRAITER.code(), null);
          return Optional.of(id);
        });
  }

  private long group(Connection c, AnalyzedDocument d, ReviewFlag flag) throws SQLException {
    if (flag.groupKey() == null && d.duplicateOf() != null) {
      Optional<Long> original = groupOfDocument(c, d.duplicateOf());
      if (original.isPresent()) {
        return original.get();
      }
    }
    String key =
        flag.groupKey() != null
            ? flag.groupKey()
            : d.storyId() != null
                ? "story:" + d.storyId()
                : "doc:" + (d.duplicateOf() != null ? d.duplicateOf() : d.id());
    Optional<Long> existing = groupOfKey(c, key);
    if (existing.isPresent()) {
      return existing.get();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO review_group (group_key, created_at) VALUES (?, ?)",
            java.sql.Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, key);
      ps.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Optional<Long> groupOfDocument(Connection c, String documentId)
      throws SQLException {
    return one(
        c,
        "SELECT group_id FROM review_item WHERE document_id = ? ORDER BY id LIMIT 1",
        documentId);
  }

  private static Optional<Long> groupOfKey(Connection c, String key) throws SQLException {
    return one(c, "SELECT id FROM review_group WHERE group_key = ?", key);
  }

  private static Optional<Long> itemId(Connection c, String documentId, String kind)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM review_item WHERE document_id = ? AND kind = ?")) {
      ps.setString(1, documentId);
      ps.setString(2, kind);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private static Optional<Long> one(Connection c, String query, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private static long insert(
      Connection c, AnalyzedDocument d, ReviewFlag f, long group, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO review_item (kind, document_id, group_id, title, site, url, published,"
                + " excerpt, label, score, categories, targets, evidence, status, flagged_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            java.sql.Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, f.kind());
      ps.setString(2, d.id());
      ps.setLong(3, group);
      ps.setString(4, ReviewRows.cut(d.title(), 1000));
      ps.setString(5, ReviewRows.cut(d.site(), 300));
      ps.setString(6, ReviewRows.cut(d.url(), 2000));
      ps.setString(7, d.published());
      ps.setString(8, ReviewRows.cut(f.excerpt(), 8000));
      ps.setString(9, ReviewRows.cut(f.label(), 100));
      ps.setDouble(10, f.score());
      ps.setString(11, ReviewRows.cut(String.join(",", f.categories()), 1000));
      ps.setString(12, ReviewRows.cut(String.join(",", f.targets()), 1000));
      ps.setString(13, ReviewRows.json(f.evidence()));
      ps.setString(14, ReviewStatus.A_TRAITER.code());
      ps.setObject(15, now.atOffset(ZoneOffset.UTC));
      ps.setObject(16, now.atOffset(ZoneOffset.UTC));
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** One item. */
  public Optional<ReviewItem> get(long id) {
    return sql.select(ITEM + " WHERE i.id = ?", ps -> ps.setLong(1, id), ReviewRows::item).stream()
        .findFirst();
  }

  /** The item of a document for a kind, if it was flagged. */
  public Optional<ReviewItem> ofDocument(String documentId, String kind) {
    return sql
        .select(
            ITEM + " WHERE i.document_id = ? AND i.kind = ?",
            ps -> {
              ps.setString(1, documentId);
              ps.setString(2, kind);
            },
            ReviewRows::item)
        .stream()
        .findFirst();
  }

  /** The items a filter keeps, newest flags first. */
  public List<ReviewItem> list(ReviewFilter f) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (f.status() != null) {
      where.append(" AND i.status = ?");
      args.add(f.status().code());
    }
    if (f.kind() != null) {
      where.append(" AND i.kind = ?");
      args.add(f.kind());
    }
    if (f.assignee() != null) {
      where.append(f.assignee().isEmpty() ? " AND i.assignee IS NULL" : " AND i.assignee = ?");
      if (!f.assignee().isEmpty()) {
        args.add(f.assignee());
      }
    }
    if (f.groupId() != null) {
      where.append(" AND i.group_id = ?");
      args.add(f.groupId());
    }
    args.add(f.limit());
    args.add(f.offset());
    return sql.select(
        ITEM + where + " ORDER BY i.flagged_at DESC, i.id DESC LIMIT ? OFFSET ?",
        ps -> {
          for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
          }
        },
        ReviewRows::item);
  }

  /** How many items stand in each status. */
  public Map<ReviewStatus, Long> counts() {
    Map<ReviewStatus, Long> counts = new EnumMap<>(ReviewStatus.class);
    Arrays.stream(ReviewStatus.values()).forEach(s -> counts.put(s, 0L));
    sql.select(
            "SELECT status, COUNT(*) FROM review_item GROUP BY status",
            ps -> {},
            rs -> Map.entry(ReviewStatus.parse(rs.getString(1)), rs.getLong(2)))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  /**
   * Applies a reviewer's decision to an item (and, when asked, to every item of its group), each
   * change an audit row (status, assignment, label, comment) in one transaction.
   *
   * @return the items as they now stand
   * @throws java.util.NoSuchElementException when there is no such item
   * @throws IllegalArgumentException when the decision changes nothing
   */
  public List<ReviewItem> decide(long id, ReviewDecision decision) {
    if (decision.empty()) {
      throw new IllegalArgumentException(
          "review decision on item "
              + id
              + ": nothing to change (status, assignee, label or"
              + " comment)");
    }
    List<Long> changed =
        inTransaction(
            c -> {
              ReviewItem item = locked(c, "i.id = ?", id).stream().findFirst().orElse(null);
              if (item == null) {
                throw new java.util.NoSuchElementException("no review item " + id);
              }
              List<ReviewItem> targets =
                  decision.wholeGroup()
                      ? locked(c, "i.group_id = ?", item.groupId())
                      : List.of(item);
              Instant now = clock.instant();
              List<Long> ids = new ArrayList<>();
              for (ReviewItem t : targets) {
                apply(c, t, decision, now);
                ids.add(t.id());
              }
              return ids;
            });
    return changed.stream().map(i -> get(i).orElseThrow()).toList();
  }

  private static List<ReviewItem> locked(Connection c, String where, long value)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT i.*, 0 AS group_size FROM review_item i WHERE "
                + where
                + " ORDER BY i.id FOR UPDATE")) {
      ps.setLong(1, value);
      List<ReviewItem> items = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(ReviewRows.item(rs));
        }
      }
      return items;
    }
  }

  private static void apply(Connection c, ReviewItem item, ReviewDecision d, Instant now)
      throws SQLException {
    boolean commented = false;
    if (d.status() != null && d.status() != item.status()) {
      set(c, item.id(), "status", d.status().code(), now);
      ReviewAudit.append(
          c,
          item.id(),
          d.actor(),
          now,
          ReviewEvent.STATUS,
          item.status().code(),
          d.status().code(),
          d.comment());
      commented = d.comment() != null;
    }
    String assignee = d.assignee() == null ? null : d.assignee().isEmpty() ? "" : d.assignee();
    if (assignee != null && !assignee.equals(Objects.requireNonNullElse(item.assignee(), ""))) {
      set(c, item.id(), "assignee", assignee.isEmpty() ? null : ReviewRows.cut(assignee, 100), now);
      ReviewAudit.append(
          c, item.id(), d.actor(), now, ReviewEvent.ASSIGN, item.assignee(), blank(assignee), null);
    }
    if (d.label() != null && !d.label().equals(item.currentLabel())) {
      set(c, item.id(), "reviewed_label", d.label(), now);
      ReviewAudit.append(
          c, item.id(), d.actor(), now, ReviewEvent.LABEL, item.currentLabel(), d.label(), null);
    }
    if (d.comment() != null && !commented) {
      ReviewAudit.append(
          c, item.id(), d.actor(), now, ReviewEvent.COMMENT, null, null, d.comment());
    }
  }

  private static void set(Connection c, long item, String column, String value, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE review_item SET " + column + " = ?, updated_at = ? WHERE id = ?")) {
      ps.setString(1, value);
      ps.setObject(2, now.atOffset(ZoneOffset.UTC));
      ps.setLong(3, item);
      ps.executeUpdate();
    }
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T inTransaction(Work<T> work) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new CatalogException("review query failed: " + e.getMessage(), e);
    }
  }
}
