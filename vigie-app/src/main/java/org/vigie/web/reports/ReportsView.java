package org.vigie.web.reports;

import java.util.List;
import org.vigie.web.page.Chrome;

/**
 * The Rapports page: the form that generates a report, the job under way, the reports kept and the
 * schedules.
 *
 * @param job the job asked about ({@code ?job=N}), or {@code null}
 */
public record ReportsView(
    Chrome chrome,
    Job job,
    List<Line> reports,
    List<ScheduleLine> schedules,
    String from,
    String to,
    String error) {

  /** A job's state as shown. */
  public record Job(
      long id,
      String status,
      int percent,
      String step,
      boolean running,
      String error,
      List<Line> files) {}

  /** A kept report. */
  public record Line(
      long id,
      String title,
      String period,
      String format,
      String size,
      String sha256,
      String created,
      String href,
      String sentTo) {}

  /** A schedule. */
  public record ScheduleLine(String name, String every, String next, String recipients) {}
}
