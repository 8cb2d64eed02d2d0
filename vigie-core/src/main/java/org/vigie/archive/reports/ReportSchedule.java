package org.vigie.archive.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.vigie.analytics.report.ReportSpec;
import org.vigie.analytics.report.ReportTemplate;
import org.vigie.analytics.report.render.ReportFormat;

/**
 * A report made on a schedule: weekly on Monday, monthly on the 1st, at a local time in a zone,
 * each time over the week or month just ended, sent to its recipients and archived.
 *
 * @param spec the report's parameters (its period is replaced at each run)
 * @param recipients the addresses it is e-mailed to (none: archived only)
 */
public record ReportSchedule(
    long id,
    String name,
    String owner,
    ReportSpec spec,
    LocalTime at,
    ZoneId zone,
    List<String> recipients,
    List<ReportFormat> formats,
    boolean enabled,
    Instant nextRun) {

  public ReportSchedule {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a report schedule needs a name");
    }
    recipients = List.copyOf(recipients);
    formats = List.copyOf(formats.isEmpty() ? List.of(ReportFormat.PDF) : formats);
    at = at == null ? LocalTime.of(8, 0) : at;
    zone = zone == null ? ReportSpec.DEFAULT_ZONE : zone;
  }

  /**
   * The first run strictly after {@code after}: Monday (weekly) or the 1st (monthly) at {@code at}.
   */
  public static Instant nextRun(ReportTemplate template, LocalTime at, ZoneId zone, Instant after) {
    ZonedDateTime from = after.atZone(zone);
    LocalDate day =
        template == ReportTemplate.WEEKLY
            ? from.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
            : from.toLocalDate().withDayOfMonth(1);
    ZonedDateTime candidate = day.atTime(at).atZone(zone);
    while (!candidate.isAfter(from)) {
      day =
          template == ReportTemplate.WEEKLY
              ? day.plusWeeks(1)
              : day.plusMonths(1).withDayOfMonth(1);
      candidate = day.atTime(at).atZone(zone);
    }
    return candidate.toInstant();
  }

  /** The run after this one. */
  public Instant following(Instant run) {
    return nextRun(spec.template(), at, zone, run);
  }

  /** The parameters of the run at {@code run}: the week or month ended before that local day. */
  public ReportSpec specAt(Instant run) {
    return spec.during(spec.template().periodBefore(run.atZone(zone).toLocalDate()));
  }
}
