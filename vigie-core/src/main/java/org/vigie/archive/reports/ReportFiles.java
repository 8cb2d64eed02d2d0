package org.vigie.archive.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.vigie.analytics.report.ReportSpec;
import org.vigie.analytics.report.render.ReportFormat;
import org.vigie.archive.catalog.Sql;

/**
 * The archive of generated reports: each file under {@code reports/YEAR/} in the data folder,
 * written whole then moved into place, and a row (table {@code report_file}) with its parameters,
 * size and SHA-256. Thread-safe.
 */
public final class ReportFiles {
  private static final String COLUMNS =
      "id, schedule_id, title, spec, format, path, size, sha256, sent_to, created_at";

  private final Sql sql;
  private final Path folder;

  public ReportFiles(DataSource db, Path dataFolder) {
    this.sql = new Sql(db, "report");
    this.folder = dataFolder;
  }

  /** Keeps a report's bytes and answers what was kept. */
  public ArchivedReport save(
      ReportSpec spec,
      String title,
      ReportFormat format,
      byte[] bytes,
      Long scheduleId,
      Instant at) {
    String sha = sha256(bytes);
    String name =
        "vigie-"
            + spec.template().code()
            + "-"
            + spec.period().from()
            + "_"
            + spec.period().to()
            + "-"
            + sha.substring(0, 8)
            + "."
            + format.extension();
    String relative = "reports/" + spec.period().to().getYear() + "/" + name;
    write(folder.resolve(relative), bytes);
    long id =
        sql.run(
            "INSERT INTO report_file (schedule_id, title, spec, period_from, period_to, format, path,"
                + " size, sha256, sent_to, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)",
            ps -> {
              if (scheduleId == null) {
                ps.setNull(1, java.sql.Types.BIGINT);
              } else {
                ps.setLong(1, scheduleId);
              }
              ps.setString(2, title);
              ps.setString(3, SpecJson.write(spec).toString());
              ps.setObject(4, spec.period().from());
              ps.setObject(5, spec.period().to());
              ps.setString(6, format.extension());
              ps.setString(7, relative);
              ps.setLong(8, bytes.length);
              ps.setString(9, sha);
              ps.setTimestamp(10, Timestamp.from(at));
              ps.executeUpdate();
              try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
              }
            },
            true);
    return get(id).orElseThrow();
  }

  /** Records the addresses a report was sent to. */
  public void sent(long id, String to) {
    sql.run(
        "UPDATE report_file SET sent_to = ? WHERE id = ?",
        ps -> {
          ps.setString(1, to);
          ps.setLong(2, id);
          return ps.executeUpdate();
        });
  }

  public Optional<ArchivedReport> get(long id) {
    return sql.run(
        "SELECT " + COLUMNS + " FROM report_file WHERE id = ?",
        ps -> {
          ps.setLong(1, id);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
          }
        });
  }

  /** The newest reports first. */
  public List<ArchivedReport> list(int limit) {
    return sql.run(
        "SELECT " + COLUMNS + " FROM report_file ORDER BY created_at DESC, id DESC LIMIT ?",
        ps -> {
          ps.setInt(1, limit);
          List<ArchivedReport> out = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(row(rs));
            }
          }
          return out;
        });
  }

  /**
   * A kept report's bytes, checked against its SHA-256.
   *
   * @throws IllegalStateException when the file is missing or was changed since it was written
   */
  public byte[] bytes(ArchivedReport r) {
    try {
      byte[] bytes = Files.readAllBytes(folder.resolve(r.path()));
      if (!sha256(bytes).equals(r.sha256())) {
        throw new IllegalStateException(
            "the report file " + r.path() + " no longer has its SHA-256 " + r.sha256());
      }
      return bytes;
    } catch (IOException e) {
      throw new IllegalStateException(
          "the report file " + r.path() + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static ArchivedReport row(ResultSet rs) throws SQLException {
    long schedule = rs.getLong(2);
    return new ArchivedReport(
        rs.getLong(1),
        rs.wasNull() ? null : schedule,
        rs.getString(3),
        SpecJson.read(rs.getString(4)),
        ReportFormat.parse(rs.getString(5)),
        rs.getString(6),
        rs.getLong(7),
        rs.getString(8),
        rs.getString(9) == null ? "" : rs.getString(9),
        rs.getTimestamp(10).toInstant());
  }

  private static void write(Path target, byte[] bytes) {
    try {
      Files.createDirectories(target.getParent());
      Path part = target.resolveSibling(target.getFileName() + ".part");
      Files.write(part, bytes);
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report file " + target, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
          .toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
