package org.vigie.archive.reports;

import java.time.Instant;
import org.vigie.analytics.report.ReportSpec;
import org.vigie.analytics.report.render.ReportFormat;

/**
 * A report kept in the data folder.
 *
 * @param scheduleId the schedule that made it, or {@code null} when asked for by hand
 * @param path its file, relative to the data folder
 * @param sha256 the hex SHA-256 of its bytes
 * @param sentTo the addresses it was e-mailed to, or {@code ""}
 */
public record ArchivedReport(
    long id,
    Long scheduleId,
    String title,
    ReportSpec spec,
    ReportFormat format,
    String path,
    long size,
    String sha256,
    String sentTo,
    Instant createdAt) {

  /** Its file's name, as downloads offer it. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Its permanent link under a server's address: the same bytes for as long as it is kept. */
  public String permalink(String baseUrl) {
    return (baseUrl == null ? "" : baseUrl.replaceAll("/+$", ""))
        + "/reports/"
        + id
        + "/"
        + fileName();
  }
}
