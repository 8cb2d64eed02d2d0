package org.vigie.archive.coordination;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.vigie.archive.catalog.Sql;
import org.vigie.archive.coordination.CoordinationRecords.Edge;
import org.vigie.archive.coordination.CoordinationRecords.Group;
import org.vigie.archive.coordination.CoordinationRecords.Member;
import org.vigie.archive.coordination.CoordinationRecords.ObjectCount;
import org.vigie.archive.coordination.CoordinationRecords.Pair;
import org.vigie.archive.coordination.CoordinationRecords.Run;

/**
 * The coordination tables of the catalog (migration V8): runs, groups, members, edges, evidence.
 */
final class CoordinationTables {
  private static final String RUN_COLUMNS =
      "id, started_at, finished_at, trigger_kind, query, from_at, to_at, platforms, kinds,"
          + " window_seconds, min_participation, fast_window, edge_quantile, posts, posts_left_out,"
          + " shares, share_pairs, edges, accounts, group_count, status, error";
  private static final String GROUP_COLUMNS =
      "id, run_id, rank_in_run, lineage_id, change_kind, previous_size, size, edges, pairs,"
          + " objects, first_share, last_share, kinds, platforms, top_objects, activity";

  private final Sql sql;

  CoordinationTables(DataSource db) {
    this.sql = new Sql(db, "coordination");
  }

  long startRun(CoordinationRequest r, Instant now) {
    return sql.run(
        "INSERT INTO coordination_run (started_at, trigger_kind, query, from_at, to_at, platforms,"
            + " kinds, window_seconds, min_participation, fast_window, edge_quantile, status)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running')",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(now));
          ps.setString(2, r.trigger());
          ps.setString(3, r.query());
          ps.setTimestamp(4, Timestamp.from(r.from()));
          ps.setTimestamp(5, Timestamp.from(r.to()));
          ps.setString(6, String.join(",", r.platforms()));
          ps.setString(7, CoordinationText.kinds(r.kinds()));
          ps.setLong(8, r.settings().window());
          ps.setInt(9, r.settings().minParticipation());
          ps.setLong(10, r.settings().fastWindow());
          ps.setDouble(11, r.settings().edgeQuantile());
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
          }
        },
        true);
  }

  void finishRun(long id, Run figures, Instant now) {
    sql.update(
        "UPDATE coordination_run SET finished_at = ?, posts = ?, posts_left_out = ?, shares = ?,"
            + " share_pairs = ?, edges = ?, accounts = ?, group_count = ?, status = 'done'"
            + " WHERE id = ?",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(now));
          ps.setInt(2, figures.posts());
          ps.setInt(3, figures.postsLeftOut());
          ps.setInt(4, figures.shares());
          ps.setLong(5, figures.sharePairs());
          ps.setInt(6, figures.edges());
          ps.setInt(7, figures.accounts());
          ps.setInt(8, figures.groups());
          ps.setLong(9, id);
        });
  }

  void failRun(long id, String error, Instant now) {
    sql.update(
        "UPDATE coordination_run SET finished_at = ?, status = 'failed', error = ? WHERE id = ?",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(now));
          ps.setString(2, error.length() > 4000 ? error.substring(0, 4000) : error);
          ps.setLong(3, id);
        });
  }

  /** Marks runs left 'running' by a process that stopped: they will never finish. */
  int markInterrupted(Instant now) {
    return sql.update(
        "UPDATE coordination_run SET status = 'failed', finished_at = ?, error = 'interrupted'"
            + " WHERE status = 'running'",
        ps -> ps.setTimestamp(1, Timestamp.from(now)));
  }

  long insertGroup(Group g) {
    long id =
        sql.run(
            "INSERT INTO coordination_group (run_id, rank_in_run, lineage_id, change_kind,"
                + " previous_size, size, edges, pairs, objects, first_share, last_share, kinds,"
                + " platforms, top_objects, activity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?)",
            ps -> {
              ps.setLong(1, g.runId());
              ps.setInt(2, g.rank());
              if (g.lineage() > 0) {
                ps.setLong(3, g.lineage());
              } else {
                ps.setNull(3, Types.BIGINT);
              }
              ps.setString(4, g.change());
              if (g.previousSize() == null) {
                ps.setNull(5, Types.INTEGER);
              } else {
                ps.setInt(5, g.previousSize());
              }
              ps.setInt(6, g.size());
              ps.setInt(7, g.edges());
              ps.setLong(8, g.pairs());
              ps.setInt(9, g.objects());
              ps.setTimestamp(10, Timestamp.from(g.firstShare()));
              ps.setTimestamp(11, Timestamp.from(g.lastShare()));
              ps.setString(12, String.join(",", g.kinds()));
              ps.setString(13, String.join(",", g.platforms()));
              ps.setString(14, CoordinationText.objects(g.topObjects()));
              ps.setString(15, CoordinationText.activity(g.activity()));
              ps.executeUpdate();
              try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
              }
            },
            true);
    if (g.lineage() <= 0) {
      sql.update(
          "UPDATE coordination_group SET lineage_id = id WHERE id = ?", ps -> ps.setLong(1, id));
    }
    return id;
  }

  void insertMembers(long group, List<Member> members) {
    batch(
        "INSERT INTO coordination_member (group_id, account, label, platform, shares, coordinated,"
            + " community) VALUES (?, ?, ?, ?, ?, ?, ?)",
        members,
        (ps, m) -> {
          ps.setLong(1, group);
          ps.setString(2, m.account());
          ps.setString(3, m.label());
          ps.setString(4, m.platform());
          ps.setInt(5, m.shares());
          ps.setInt(6, m.coordinated());
          ps.setInt(7, m.community());
        });
  }

  void insertEdges(long group, List<Edge> edges) {
    batch(
        "INSERT INTO coordination_edge (group_id, account_a, account_b, weight, objects,"
            + " mean_delta, symmetry, fast_weight, flagged, kinds) VALUES (?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?)",
        edges,
        (ps, e) -> {
          ps.setLong(1, group);
          ps.setString(2, e.accountA());
          ps.setString(3, e.accountB());
          ps.setInt(4, e.weight());
          ps.setInt(5, e.objects());
          ps.setDouble(6, e.meanDelta());
          if (e.symmetry() == null || e.symmetry().isNaN()) {
            ps.setNull(7, Types.DOUBLE);
          } else {
            ps.setDouble(7, e.symmetry());
          }
          ps.setInt(8, e.fastWeight());
          ps.setBoolean(9, e.flagged());
          ps.setString(10, String.join(",", e.kinds()));
        });
  }

  void insertEvidence(long group, List<Pair> pairs) {
    batch(
        "INSERT INTO coordination_evidence (group_id, seq, object, kind, account_a, doc_a, time_a,"
            + " account_b, doc_b, time_b) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        pairs,
        (ps, p) -> {
          ps.setLong(1, group);
          ps.setInt(2, p.seq());
          ps.setString(3, CoordinationText.clip(p.object(), 4096));
          ps.setString(4, p.kind());
          ps.setString(5, p.accountA());
          ps.setString(6, p.docA());
          ps.setTimestamp(7, Timestamp.from(p.timeA()));
          ps.setString(8, p.accountB());
          ps.setString(9, p.docB());
          ps.setTimestamp(10, Timestamp.from(p.timeB()));
        });
  }

  List<Run> runs(int limit) {
    return sql.select(
        "SELECT " + RUN_COLUMNS + " FROM coordination_run ORDER BY id DESC LIMIT ?",
        ps -> ps.setInt(1, limit),
        CoordinationTables::run);
  }

  Optional<Run> run(long id) {
    return sql
        .select(
            "SELECT " + RUN_COLUMNS + " FROM coordination_run WHERE id = ?",
            ps -> ps.setLong(1, id),
            CoordinationTables::run)
        .stream()
        .findFirst();
  }

  /** The latest finished run of this trigger and query before {@code before}, if any. */
  Optional<Long> previousRun(String trigger, String query, long before) {
    return sql
        .select(
            "SELECT id FROM coordination_run WHERE trigger_kind = ? AND query = ? AND status ="
                + " 'done' AND id < ? ORDER BY id DESC LIMIT 1",
            ps -> {
              ps.setString(1, trigger);
              ps.setString(2, query);
              ps.setLong(3, before);
            },
            rs -> rs.getLong(1))
        .stream()
        .findFirst();
  }

  List<Group> groups(long runId) {
    return sql.select(
        "SELECT "
            + GROUP_COLUMNS
            + " FROM coordination_group WHERE run_id = ? ORDER BY"
            + " rank_in_run",
        ps -> ps.setLong(1, runId),
        CoordinationTables::group);
  }

  Optional<Group> group(long id) {
    return sql
        .select(
            "SELECT " + GROUP_COLUMNS + " FROM coordination_group WHERE id = ?",
            ps -> ps.setLong(1, id),
            CoordinationTables::group)
        .stream()
        .findFirst();
  }

  /** The groups of one lineage, oldest first: how a group evolved across runs. */
  List<Group> lineage(long lineage) {
    return sql.select(
        "SELECT " + GROUP_COLUMNS + " FROM coordination_group WHERE lineage_id = ? ORDER BY id",
        ps -> ps.setLong(1, lineage),
        CoordinationTables::group);
  }

  /** The groups an account belonged to, newest first. */
  List<Group> groupsOf(String account, int limit) {
    return sql.select(
        "SELECT g."
            + GROUP_COLUMNS.replace(", ", ", g.")
            + " FROM coordination_group g JOIN coordination_member m ON m.group_id = g.id WHERE"
            + " m.account = ? ORDER BY g.id DESC LIMIT ?",
        ps -> {
          ps.setString(1, account);
          ps.setInt(2, limit);
        },
        CoordinationTables::group);
  }

  List<Member> members(long group) {
    return sql.select(
        "SELECT account, label, platform, shares, coordinated, community FROM coordination_member"
            + " WHERE group_id = ? ORDER BY coordinated DESC, account",
        ps -> ps.setLong(1, group),
        rs ->
            new Member(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6)));
  }

  List<Edge> edges(long group) {
    return sql.select(
        "SELECT account_a, account_b, weight, objects, mean_delta, symmetry, fast_weight, flagged,"
            + " kinds FROM coordination_edge WHERE group_id = ? ORDER BY weight DESC, account_a,"
            + " account_b",
        ps -> ps.setLong(1, group),
        rs -> {
          double symmetry = rs.getDouble(6);
          Double s = rs.wasNull() ? null : symmetry;
          return new Edge(
              rs.getString(1),
              rs.getString(2),
              rs.getInt(3),
              rs.getInt(4),
              rs.getDouble(5),
              s,
              rs.getInt(7),
              rs.getBoolean(8),
              CoordinationText.list(rs.getString(9)));
        });
  }

  List<Pair> evidence(long group) {
    return sql.select(
        "SELECT seq, object, kind, account_a, doc_a, time_a, account_b, doc_b, time_b FROM"
            + " coordination_evidence WHERE group_id = ? ORDER BY seq",
        ps -> ps.setLong(1, group),
        rs ->
            new Pair(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant()));
  }

  /**
   * Deletes watch runs that started before {@code before} and found nothing new or grown: the watch
   * runs every few minutes, and only its changes are worth keeping.
   */
  int pruneWatchRuns(Instant before) {
    return sql.update(
        "DELETE FROM coordination_run r WHERE r.trigger_kind = 'watch' AND r.started_at < ? AND"
            + " NOT EXISTS (SELECT 1 FROM coordination_group g WHERE g.run_id = r.id AND"
            + " g.change_kind IN ('new', 'grown'))",
        ps -> ps.setTimestamp(1, Timestamp.from(before)));
  }

  private interface Setter<T> {
    void set(PreparedStatement ps, T value) throws SQLException;
  }

  private <T> void batch(String query, List<T> values, Setter<T> setter) {
    if (values.isEmpty()) {
      return;
    }
    sql.run(
        query,
        ps -> {
          int n = 0;
          for (T v : values) {
            setter.set(ps, v);
            ps.addBatch();
            if (++n % 500 == 0) {
              ps.executeBatch();
            }
          }
          ps.executeBatch();
          return null;
        });
  }

  private static Run run(ResultSet rs) throws SQLException {
    Timestamp finished = rs.getTimestamp(3);
    return new Run(
        rs.getLong(1),
        rs.getTimestamp(2).toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getString(4),
        rs.getString(5),
        rs.getTimestamp(6).toInstant(),
        rs.getTimestamp(7).toInstant(),
        CoordinationText.list(rs.getString(8)),
        CoordinationText.list(rs.getString(9)),
        rs.getLong(10),
        rs.getInt(11),
        rs.getLong(12),
        rs.getDouble(13),
        rs.getInt(14),
        rs.getInt(15),
        rs.getInt(16),
        rs.getLong(17),
        rs.getInt(18),
        rs.getInt(19),
        rs.getInt(20),
        rs.getString(21),
        rs.getString(22));
  }

  private static Group group(ResultSet rs) throws SQLException {
    int previous = rs.getInt(6);
    Integer previousSize = rs.wasNull() ? null : previous;
    List<ObjectCount> top = CoordinationText.readObjects(rs.getString(15));
    SortedMap<Long, Long> activity = new TreeMap<>(CoordinationText.readActivity(rs.getString(16)));
    return new Group(
        rs.getLong(1),
        rs.getLong(2),
        rs.getInt(3),
        rs.getLong(4),
        rs.getString(5),
        previousSize,
        rs.getInt(7),
        rs.getInt(8),
        rs.getLong(9),
        rs.getInt(10),
        rs.getTimestamp(11).toInstant(),
        rs.getTimestamp(12).toInstant(),
        CoordinationText.list(rs.getString(13)),
        CoordinationText.list(rs.getString(14)),
        top,
        activity);
  }
}
