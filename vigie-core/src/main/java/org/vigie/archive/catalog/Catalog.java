package org.vigie.archive.catalog;

import java.nio.file.Path;
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
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.store.DataFolderBusyException;

/**
 * The embedded database beside the index: sources and the history of ingest runs with their errors.
 * H2 in one file, its schema kept by Flyway migrations ({@code db/migration}). Thread-safe.
 */
public final class Catalog implements AutoCloseable {
  /** Errors kept per run in the database; the counts by cause are always complete. */
  public static final int MAX_ERRORS_PER_RUN = 10_000;

  private final JdbcConnectionPool pool;
  private final Sql queries;
  private final SourceRegistry sources;

  private Catalog(JdbcConnectionPool pool) {
    this.pool = pool;
    this.queries = new Sql(pool, "catalog");
    this.sources = new SourceRegistry(this);
  }

  /** The registered sources, their state and their fetch memory. */
  public SourceRegistry sources() {
    return sources;
  }

  /** A pooled connection, for the other catalog classes of this package. */
  Connection connection() throws SQLException {
    return pool.getConnection();
  }

  /**
   * Opens (and creates or migrates) the catalog in a folder.
   *
   * @throws DataFolderBusyException when another process holds the database
   */
  public static Catalog open(Path folder) {
    JdbcDataSource ds = new JdbcDataSource();
    // WRITE_DELAY=0: each commit is written when it returns, so that a process killed right after
    // (kill -9) keeps it: the alerts' outbox counts on it
    ds.setURL(
        "jdbc:h2:file:"
            + folder.toAbsolutePath().resolve("catalog")
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    ds.setUser("vigie");
    ds.setPassword("");
    JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      pool.dispose();
      if (isLocked(e)) {
        throw new DataFolderBusyException(folder);
      }
      throw e;
    }
    return new Catalog(pool);
  }

  private static boolean isLocked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("already in use")) {
        return true;
      }
    }
    return false;
  }

  /** The catalog's connections, for features that keep their own tables here (accounts…). */
  public DataSource dataSource() {
    return pool;
  }

  /**
   * Registers a source if it is new; sources are keyed by id. A source of the registry ({@link
   * SourceRegistry}) is left as it is, so that ingesting files under its id does not change it.
   */
  public void ensureSource(String id, String name, String kind, String location) {
    sql(
        "MERGE INTO source (id, name, kind, location, created_at) KEY (id) "
            + "SELECT ?, ?, ?, ?, COALESCE((SELECT created_at FROM source WHERE id = ?), ?) "
            + "WHERE NOT EXISTS (SELECT 1 FROM source WHERE id = ? AND registered)",
        ps -> {
          ps.setString(1, id);
          ps.setString(2, name);
          ps.setString(3, kind);
          ps.setString(4, location);
          ps.setString(5, id);
          ps.setTimestamp(6, Timestamp.from(Instant.now()));
          ps.setString(7, id);
          ps.executeUpdate();
          return null;
        });
  }

  /** Records the start of a run and returns its id. */
  public long startRun(String sourceId, String inputs) {
    return sql(
        "INSERT INTO ingest_run (source_id, started_at, status, inputs) VALUES (?, ?, 'RUNNING', ?)",
        ps -> {
          ps.setString(1, sourceId);
          ps.setTimestamp(2, Timestamp.from(Instant.now()));
          ps.setString(3, truncate(inputs, 8192));
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
          }
        },
        true);
  }

  /** Records how a run ended, with its counts and (up to a limit) its errors. */
  public void finishRun(long runId, IngestReport report, String status) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE ingest_run SET finished_at = ?, status = ?, added = ?, duplicates = ?,"
                  + " failed = ?, warnings = ?, copies = ? WHERE id = ?")) {
        ps.setTimestamp(1, Timestamp.from(Instant.now()));
        ps.setString(2, status);
        ps.setLong(3, report.added());
        ps.setLong(4, report.duplicates());
        ps.setLong(5, report.failed());
        ps.setLong(6, report.warnings());
        ps.setLong(7, report.copies());
        ps.setLong(8, runId);
        ps.executeUpdate();
      }
      insertErrors(c, runId, report.errors());
      c.commit();
    } catch (SQLException e) {
      throw new CatalogException("cannot record the end of ingest run " + runId, e);
    }
  }

  private static void insertErrors(Connection c, long runId, List<IngestError> errors)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ingest_error (run_id, seq, origin, cause, message, fatal)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (IngestError e : errors.subList(0, Math.min(errors.size(), MAX_ERRORS_PER_RUN))) {
        ps.setLong(1, runId);
        ps.setInt(2, seq++);
        ps.setString(3, truncate(e.origin(), 4096));
        ps.setString(4, e.cause().name());
        ps.setString(5, truncate(e.message(), 4096));
        ps.setBoolean(6, e.fatal());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The most recent runs, newest first. */
  public List<IngestRun> recentRuns(int limit) {
    return sql(
        "SELECT id, source_id, started_at, finished_at, status, inputs, added, duplicates, failed,"
            + " warnings, copies FROM ingest_run ORDER BY id DESC LIMIT ?",
        ps -> {
          ps.setInt(1, limit);
          List<IngestRun> runs = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              runs.add(run(rs));
            }
          }
          return runs;
        });
  }

  /** The most recent runs of one source, newest first. */
  public List<IngestRun> recentRunsOf(String sourceId, int limit) {
    return sql(
        "SELECT id, source_id, started_at, finished_at, status, inputs, added, duplicates, failed,"
            + " warnings, copies FROM ingest_run WHERE source_id = ? ORDER BY id DESC LIMIT ?",
        ps -> {
          ps.setString(1, sourceId);
          ps.setInt(2, limit);
          List<IngestRun> runs = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              runs.add(run(rs));
            }
          }
          return runs;
        });
  }

  /** Runs work in one transaction, committed when it returns, rolled back when it throws. */
  <T> T transaction(SourceRegistry.Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new CatalogException("catalog transaction failed", e);
    }
  }

  /** One run by id. */
  public Optional<IngestRun> run(long id) {
    return sql(
        "SELECT id, source_id, started_at, finished_at, status, inputs, added, duplicates, failed,"
            + " warnings, copies FROM ingest_run WHERE id = ?",
        ps -> {
          ps.setLong(1, id);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(run(rs)) : Optional.<IngestRun>empty();
          }
        });
  }

  /** Marks runs left RUNNING by a process that died as INTERRUPTED; answers how many. */
  public int markInterruptedRuns() {
    return sql(
        "UPDATE ingest_run SET status = 'INTERRUPTED' WHERE status = 'RUNNING'",
        PreparedStatement::executeUpdate);
  }

  /** The errors recorded for a run, in the order they were seen. */
  public List<IngestError> errors(long runId) {
    return sql(
        "SELECT origin, cause, message, fatal FROM ingest_error WHERE run_id = ? ORDER BY seq",
        ps -> {
          ps.setLong(1, runId);
          List<IngestError> errors = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              errors.add(
                  new IngestError(
                      rs.getString(1),
                      ErrorCause.valueOf(rs.getString(2)),
                      rs.getString(3),
                      rs.getBoolean(4)));
            }
          }
          return errors;
        });
  }

  private static IngestRun run(ResultSet rs) throws SQLException {
    Timestamp finished = rs.getTimestamp(4);
    return new IngestRun(
        rs.getLong(1),
        rs.getString(2),
        rs.getTimestamp(3).toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getString(5),
        rs.getString(6),
        rs.getLong(7),
        rs.getLong(11),
        rs.getLong(8),
        rs.getLong(9),
        rs.getLong(10));
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private <T> T sql(String sql, Sql.Statement<T> body) {
    return queries.run(sql, body);
  }

  private <T> T sql(String sql, Sql.Statement<T> body, boolean keys) {
    return queries.run(sql, body, keys);
  }

  /**
   * Writes a consistent copy of the database into a zip file while it stays in use (H2's online
   * {@code BACKUP TO}); the zip holds {@code catalog.mv.db}.
   */
  public void backupTo(Path zip) {
    String file = zip.toAbsolutePath().toString().replace("'", "''");
    sql(
        "BACKUP TO '" + file + "'",
        ps -> {
          ps.execute();
          return null;
        });
  }

  /** The live sources' posts, engagement snapshots and paging marks. */
  public LiveCatalog live() {
    return new LiveCatalog(this);
  }

  /** Editors' labels on sources (satire, false news, state media). */
  public SourceLabels sourceLabels() {
    return new SourceLabels(pool);
  }

  /** The topic taxonomy's table. */
  public TopicCatalog topics() {
    return new TopicCatalog(pool);
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
