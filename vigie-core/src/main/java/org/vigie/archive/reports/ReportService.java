package org.vigie.archive.reports;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.analytics.report.Report;
import org.vigie.analytics.report.ReportComputation;
import org.vigie.analytics.report.ReportProgress;
import org.vigie.analytics.report.ReportSpec;
import org.vigie.analytics.report.render.ReportFormat;
import org.vigie.analytics.report.render.ReportHtml;
import org.vigie.analytics.report.render.ReportRenderer;
import org.vigie.analytics.report.render.ReportText;
import org.vigie.archive.Archive;
import org.vigie.archive.alerts.channels.Mail;
import org.vigie.archive.alerts.channels.MailChannel;
import org.vigie.archive.alerts.channels.MailSettings;

/**
 * An archive's reports: generated now or in the background (one at a time, with progress), on their
 * schedules ({@link #runDue}, by the server every minute; the clock decides), e-mailed through the
 * alerts' {@link MailChannel}, and kept with their parameters and SHA-256 ({@link ReportFiles}).
 * Thread-safe.
 */
public final class ReportService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);

  private final Archive archive;
  private final Clock clock;
  private final ReportFiles files;
  private final ReportSchedules schedules;
  private final Map<Long, ReportJob> jobs = new ConcurrentHashMap<>();
  private final AtomicLong jobIds = new AtomicLong();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> Thread.ofPlatform().daemon().name("vigie-reports").unstarted(r));
  private final java.util.concurrent.ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("vigie-report-schedules").unstarted(r));
  private volatile String baseUrl = "";
  private volatile MailSettings mail;

  public ReportService(Archive archive, Clock clock) {
    this.archive = archive;
    this.clock = clock;
    this.files = new ReportFiles(archive.catalog().dataSource(), archive.folder());
    this.schedules = new ReportSchedules(archive.catalog().dataSource());
  }

  /** The server's public address (for links) and the SMTP settings ({@code null}: no mail). */
  public ReportService configure(String url, MailSettings settings) {
    this.baseUrl = url == null ? "" : url;
    this.mail = settings;
    return this;
  }

  public ReportFiles files() {
    return files;
  }

  public ReportSchedules schedules() {
    return schedules;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Computes a report (the same computation the pages run), telling {@code progress}. */
  public Report compute(ReportSpec spec, ReportProgress progress) {
    ArchiveExtras extras =
        new ArchiveExtras(
            archive.catalog().dataSource(),
            spec.baseUrl(),
            archive.catalog().sources(),
            archive.store());
    return new ReportComputation(archive.store(), extras, clock).compute(spec, progress);
  }

  /**
   * Generates a report in each format, keeps every file, and mails them to {@code recipients} (if
   * any) in one message whose body is the HTML report.
   *
   * @throws IllegalStateException when recipients are given and mail is not configured or the
   *     server refused the message (the files are kept all the same)
   */
  public List<ArchivedReport> generate(
      ReportSpec spec,
      List<ReportFormat> formats,
      Long scheduleId,
      List<String> recipients,
      ReportProgress progress) {
    if (spec.baseUrl().isEmpty() && !baseUrl.isEmpty()) {
      spec = spec.withBaseUrl(baseUrl);
    }
    Report report = compute(spec, progress);
    String title = ReportHtml.title(report, new ReportText(spec.language()));
    List<ArchivedReport> made = new ArrayList<>();
    List<Mail.Attachment> attachments = new ArrayList<>();
    Instant now = clock.instant();
    for (ReportFormat f : formats) {
      byte[] bytes = ReportRenderer.render(report, f);
      ArchivedReport kept = files.save(spec, title, f, bytes, scheduleId, now);
      made.add(kept);
      attachments.add(new Mail.Attachment(kept.fileName(), f.mediaType(), bytes));
    }
    if (!recipients.isEmpty()) {
      send(report, title, made, attachments, recipients);
    }
    return made;
  }

  private void send(
      Report report,
      String title,
      List<ArchivedReport> made,
      List<Mail.Attachment> attachments,
      List<String> to) {
    MailSettings settings = mail;
    if (settings == null) {
      throw new IllegalStateException(
          "cannot e-mail the report: mail is not configured (mail.host)");
    }
    ReportText t = new ReportText(report.spec().language());
    String period =
        t.t(
            "cover.period",
            t.day(report.spec().period().from()),
            t.day(report.spec().period().to()));
    StringBuilder text = new StringBuilder(title).append('\n').append(period).append("\n\n");
    for (ArchivedReport r : made) {
      text.append(r.fileName()).append(" — ").append(r.permalink(baseUrl)).append('\n');
      text.append("SHA-256 ").append(r.sha256()).append('\n');
    }
    String html =
        new String(ReportRenderer.render(report, ReportFormat.HTML), StandardCharsets.UTF_8);
    try {
      new MailChannel(settings)
          .send(
              new Mail(
                  to, "[Vigie] " + title + " — " + period, text.toString(), html, attachments));
    } catch (MessagingException e) {
      throw new IllegalStateException(
          "the report could not be e-mailed to " + to + ": " + e.getMessage(), e);
    }
    made.forEach(r -> files.sent(r.id(), String.join(",", to)));
  }

  /** Queues a generation in the background and answers its job at once. */
  public ReportJob submit(ReportSpec spec, List<ReportFormat> formats, List<String> recipients) {
    ReportJob job = new ReportJob(jobIds.incrementAndGet());
    jobs.put(job.id(), job);
    worker.submit(
        () -> {
          try {
            job.finished(generate(spec, formats, null, recipients, job::at));
          } catch (RuntimeException e) {
            LOG.warn("report job {} failed", job.id(), e);
            job.failed(e.getMessage());
          }
        });
    return job;
  }

  /** Generates a kept report again over the same period with the archive as it is now. */
  public ReportJob regenerate(ArchivedReport r) {
    return submit(r.spec(), List.of(r.format()), List.of());
  }

  public java.util.Optional<ReportJob> job(long id) {
    return java.util.Optional.ofNullable(jobs.get(id));
  }

  /**
   * Runs every schedule whose time has come (by the service's clock): its report over the week or
   * month just ended, archived and mailed; then its next run. A schedule that fails is logged and
   * moved on, so one bad schedule never blocks the others.
   *
   * @return how many schedules ran
   */
  public int runDue() {
    Instant now = clock.instant();
    int ran = 0;
    for (ReportSchedule s : schedules.due(now)) {
      try {
        generate(s.specAt(s.nextRun()), s.formats(), s.id(), s.recipients(), ReportProgress.NONE);
        ran++;
      } catch (RuntimeException e) {
        LOG.warn("report schedule '{}' failed: {}", s.name(), e.getMessage());
      } finally {
        Instant next = s.following(s.nextRun());
        while (!next.isAfter(now)) {
          next = s.following(next);
        }
        schedules.nextRun(s.id(), next);
      }
    }
    return ran;
  }

  /** Runs {@link #runDue} every {@code every} on the worker's thread, until closed. */
  public void startSchedules(java.time.Duration every) {
    ticker.scheduleWithFixedDelay(
        () -> worker.submit(this::runDueLogged),
        every.toMillis(),
        every.toMillis(),
        java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  private void runDueLogged() {
    try {
      runDue();
    } catch (RuntimeException e) {
      LOG.warn("report schedules could not run", e);
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    worker.shutdownNow();
  }
}
