package org.vigie.archive.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.vigie.analytics.report.render.ReportFormat;
import org.vigie.archive.catalog.Sql;

/** The report schedules of the catalog (table {@code report_schedule}). Thread-safe. */
public final class ReportSchedules {
  private static final String COLUMNS =
      "id, name, owner, spec, at_time, zone, recipients, formats, enabled, next_run_at";

  private final Sql sql;

  public ReportSchedules(DataSource db) {
    this.sql = new Sql(db, "report schedule");
  }

  /** Adds a schedule, its first run the next one after {@code now}. */
  public ReportSchedule add(ReportSchedule s, Instant now) {
    if (get(s.name()).isPresent()) {
      throw new IllegalArgumentException("a report schedule is already named '" + s.name() + "'");
    }
    Instant first = ReportSchedule.nextRun(s.spec().template(), s.at(), s.zone(), now);
    long id =
        sql.run(
            "INSERT INTO report_schedule (name, owner, spec, every, at_time, zone, recipients,"
                + " formats, enabled, next_run_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ps -> {
              ps.setString(1, s.name());
              ps.setString(2, s.owner() == null ? "" : s.owner());
              ps.setString(3, SpecJson.write(s.spec()).toString());
              ps.setString(4, s.spec().template().code());
              ps.setString(5, s.at().toString());
              ps.setString(6, s.zone().getId());
              ps.setString(7, String.join(",", s.recipients()));
              ps.setString(
                  8, String.join(",", s.formats().stream().map(ReportFormat::extension).toList()));
              ps.setBoolean(9, s.enabled());
              ps.setTimestamp(10, Timestamp.from(first));
              ps.setTimestamp(11, Timestamp.from(now));
              ps.executeUpdate();
              try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
              }
            },
            true);
    return get(id).orElseThrow();
  }

  public Optional<ReportSchedule> get(long id) {
    return one("SELECT " + COLUMNS + " FROM report_schedule WHERE id = ?", id);
  }

  public Optional<ReportSchedule> get(String name) {
    return one("SELECT " + COLUMNS + " FROM report_schedule WHERE name = ?", name);
  }

  public List<ReportSchedule> list() {
    return many("SELECT " + COLUMNS + " FROM report_schedule ORDER BY name", null);
  }

  /** The enabled schedules whose next run is at or before {@code now}. */
  public List<ReportSchedule> due(Instant now) {
    return many(
        "SELECT "
            + COLUMNS
            + " FROM report_schedule WHERE enabled AND next_run_at <= ? ORDER BY next_run_at, id",
        Timestamp.from(now));
  }

  /** Moves a schedule's next run. */
  public void nextRun(long id, Instant next) {
    sql.run(
        "UPDATE report_schedule SET next_run_at = ? WHERE id = ?",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(next));
          ps.setLong(2, id);
          return ps.executeUpdate();
        });
  }

  public boolean remove(long id) {
    return sql.run(
        "DELETE FROM report_schedule WHERE id = ?",
        ps -> {
          ps.setLong(1, id);
          return ps.executeUpdate() > 0;
        });
  }

  private Optional<ReportSchedule> one(String query, Object key) {
    List<ReportSchedule> found = many(query, key);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
  }

  private List<ReportSchedule> many(String query, Object param) {
    return sql.run(
        query,
        ps -> {
          if (param != null) {
            ps.setObject(1, param);
          }
          List<ReportSchedule> out = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(row(rs));
            }
          }
          return out;
        });
  }

  private static ReportSchedule row(ResultSet rs) throws SQLException {
    String recipients = rs.getString(7);
    return new ReportSchedule(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        SpecJson.read(rs.getString(4)),
        LocalTime.parse(rs.getString(5)),
        ZoneId.of(rs.getString(6)),
        recipients.isBlank() ? List.of() : Arrays.asList(recipients.split(",")),
        Arrays.stream(rs.getString(8).split(",")).map(ReportFormat::parse).toList(),
        rs.getBoolean(9),
        rs.getTimestamp(10).toInstant());
  }
}
