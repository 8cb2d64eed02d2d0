package org.vigie.archive.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.live.LiveLocation;
import org.vigie.collect.sources.Backoff;
import org.vigie.collect.sources.RegisteredSource;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceException;
import org.vigie.collect.sources.SourceState;
import org.vigie.document.IngestError;

/**
 * The registered sources in the catalog: what each one is (a {@link Source}), how its runs went (a
 * {@link SourceState}), its runs and its {@link FetchMemory}. Thread-safe.
 *
 * <p>Removing a source hides it from the registry but keeps its ingest runs (history and the
 * documents in the index are unchanged); adding the same id again brings it back, state reset.
 */
public final class SourceRegistry {
  private final Catalog catalog;

  SourceRegistry(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Registers a new source, due at once when it has a schedule.
   *
   * @throws SourceException when a registered source already has its id
   */
  public RegisteredSource add(Source source, Instant now) {
    validate(source);
    return tx(
        c -> {
          if (SourceRows.exists(c, source.id())) {
            throw new SourceException("a source with the id '" + source.id() + "' already exists");
          }
          SourceRows.upsert(c, source, now);
          SourceRows.resetState(c, source, now);
          SourceRows.writeTagsAndOptions(c, source);
          return read(c, source.id()).orElseThrow();
        });
  }

  /**
   * Changes what a source is, keeping its state; a new schedule applies from its last run.
   *
   * @throws SourceException when no registered source has its id
   */
  public RegisteredSource update(Source source, Instant now) {
    validate(source);
    return tx(
        c -> {
          RegisteredSource old = read(c, source.id()).orElseThrow(() -> unknown(source.id()));
          SourceRows.upsert(c, source, now);
          SourceRows.writeTagsAndOptions(c, source);
          if (!Objects.equals(old.source().schedule(), source.schedule())) {
            SourceState s = old.state();
            Instant base = s.lastRunAt() == null ? now : s.lastRunAt();
            Instant due =
                s.enabled()
                    ? Backoff.nextDue(source.schedule(), base, s.consecutiveFailures())
                    : null;
            SourceRows.setNextDue(c, source.id(), due);
          }
          return read(c, source.id()).orElseThrow();
        });
  }

  /** Removes a source from the registry; answers whether there was one. */
  public boolean remove(String id, Instant now) {
    return tx(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE source SET removed_at = ?, registered = FALSE, next_due_at = NULL"
                      + " WHERE id = ? AND registered")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, id);
            boolean removed = ps.executeUpdate() > 0;
            if (removed) {
              try (PreparedStatement fm =
                  c.prepareStatement("DELETE FROM fetch_memory WHERE source_id = ?")) {
                fm.setString(1, id);
                fm.executeUpdate();
              }
              // a live source added again starts from its newest page (its posts stay known)
              try (PreparedStatement lc =
                  c.prepareStatement("DELETE FROM live_cursor WHERE source_id = ?")) {
                lc.setString(1, id);
                lc.executeUpdate();
              }
            }
            return removed;
          }
        });
  }

  /** Turns scheduling of a source on (due at once if it has a schedule) or off. */
  public RegisteredSource setEnabled(String id, boolean enabled, Instant now) {
    return tx(
        c -> {
          RegisteredSource old = read(c, id).orElseThrow(() -> unknown(id));
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE source SET enabled = ?, next_due_at = ? WHERE id = ?")) {
            ps.setBoolean(1, enabled);
            SourceRows.setTime(ps, 2, enabled && old.source().schedule() != null ? now : null);
            ps.setString(3, id);
            ps.executeUpdate();
          }
          return read(c, id).orElseThrow();
        });
  }

  /** One registered source. */
  public Optional<RegisteredSource> get(String id) {
    return tx(c -> read(c, id));
  }

  /**
   * One registered source.
   *
   * @throws SourceException naming the id when there is none
   */
  public RegisteredSource require(String id) {
    return get(id).orElseThrow(() -> unknown(id));
  }

  /** Every registered source, by id. */
  public List<RegisteredSource> list() {
    return query("WHERE registered ORDER BY id", ps -> {});
  }

  /** The enabled scheduled sources due at {@code now}, the longest overdue first. */
  public List<RegisteredSource> due(Instant now) {
    return query(
        "WHERE registered AND enabled AND schedule_seconds IS NOT NULL"
            + " AND (next_due_at IS NULL OR next_due_at <= ?) ORDER BY next_due_at, id",
        ps -> ps.setTimestamp(1, Timestamp.from(now)));
  }

  /** Records that a run of a source started. */
  public void runStarted(String id, Instant at) {
    tx(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE source SET last_run_at = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, id);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** Records a successful run: failures reset, due again one schedule later. */
  public void runSucceeded(String id, Instant finished) {
    tx(
        c -> {
          RegisteredSource s = read(c, id).orElseThrow(() -> unknown(id));
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE source SET last_success_at = ?, consecutive_failures = 0,"
                      + " next_due_at = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(finished));
            SourceRows.setTime(ps, 2, nextDue(s, finished, 0));
            ps.setString(3, id);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** Records a failed run with its error: due again after a growing delay ({@link Backoff}). */
  public void runFailed(String id, Instant finished, String message, String cause) {
    tx(
        c -> {
          RegisteredSource s = read(c, id).orElseThrow(() -> unknown(id));
          int failures = s.state().consecutiveFailures() + 1;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE source SET last_error_at = ?, last_error_message = ?,"
                      + " last_error_cause = ?, consecutive_failures = ?, next_due_at = ?"
                      + " WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(finished));
            ps.setString(2, SourceRows.truncate(message, 4096));
            ps.setString(3, SourceRows.truncate(cause, 128));
            ps.setInt(4, failures);
            SourceRows.setTime(ps, 5, nextDue(s, finished, failures));
            ps.setString(6, id);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** The runs of a source, newest first. */
  public List<IngestRun> runs(String id, int limit) {
    return catalog.recentRunsOf(id, limit);
  }

  /** The errors recorded for one run, in the order seen, at most {@code limit}. */
  public List<IngestError> errors(long runId, int limit) {
    List<IngestError> all = catalog.errors(runId);
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }

  /** What this source's earlier runs fetched, kept in the catalog. */
  public FetchMemory fetchMemory(String sourceId) {
    return new CatalogFetchMemory(catalog, sourceId);
  }

  private static Instant nextDue(RegisteredSource s, Instant finished, int failures) {
    return s.state().enabled() ? Backoff.nextDue(s.source().schedule(), finished, failures) : null;
  }

  private static void validate(Source s) {
    if (!s.id().matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")) {
      throw new SourceException(
          "a source id is 1 to 128 letters, digits, '.', '_', ':' or '-' (no spaces or slashes),"
              + " starting with a letter or digit: '"
              + s.id()
              + "'");
    }
    if (s.name().isBlank()) {
      throw new SourceException("the source '" + s.id() + "' needs a name");
    }
    if (s.location().isBlank()) {
      throw new SourceException("the source '" + s.id() + "' needs a URL or a path");
    }
    if (s.kind().live()) {
      LiveLocation.parse(s.kind(), s.location(), s.option("baseUrl", null));
    }
    if (s.schedule() != null && s.schedule().compareTo(Duration.ofMinutes(1)) < 0) {
      throw new SourceException(
          "the schedule of '" + s.id() + "' is too short (at least one minute): " + s.schedule());
    }
  }

  private static SourceException unknown(String id) {
    return new SourceException("no source with the id '" + id + "'");
  }

  private Optional<RegisteredSource> read(Connection c, String id) throws SQLException {
    List<RegisteredSource> found =
        SourceRows.query(c, "WHERE id = ? AND registered", ps -> ps.setString(1, id));
    return found.stream().findFirst();
  }

  private List<RegisteredSource> query(String where, SourceRows.Binder binder) {
    return tx(c -> SourceRows.query(c, where, binder));
  }

  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T tx(Work<T> work) {
    return catalog.transaction(work);
  }
}
