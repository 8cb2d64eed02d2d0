package org.vigie.archive.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analytics.report.ReportFixture;
import org.vigie.analytics.report.ReportSection;
import org.vigie.analytics.report.ReportTemplate;
import org.vigie.analytics.report.render.ReportFormat;
import org.vigie.archive.Archive;
import org.vigie.archive.alerts.channels.MailSettings;

/**
 * Scheduled reports over a real archive, a test clock and a real SMTP server (GreenMail): a weekly
 * schedule runs on Monday at 08:00 in its zone and not a minute before, over the week just ended;
 * its PDF arrives attached to a mail whose body is the HTML report, and is kept with its SHA-256.
 */
class ReportServiceTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @TempDir Path work;
  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-03-20T10:00:00Z"));
  final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  Archive archive;
  ReportService reports;

  @BeforeEach
  void open() {
    archive = ReportFixture.archive(work.resolve("data"));
    reports =
        new ReportService(archive, clock)
            .configure(
                "https://vigie.example.org",
                new MailSettings(
                    "127.0.0.1",
                    ServerSetupTest.SMTP.getPort(),
                    "rapports@vigie.example.org",
                    null,
                    null,
                    MailSettings.Tls.NONE));
  }

  @AfterEach
  void close() {
    reports.close();
    archive.close();
  }

  @Test
  void nextRunsAreMondayAndTheFirstAtTheirLocalTime() {
    Instant after = Instant.parse("2024-03-20T10:00:00Z");
    assertThat(
            ReportSchedule.nextRun(
                ReportTemplate.WEEKLY, LocalTime.of(8, 0), ZoneId.of("Africa/Bamako"), after))
        .isEqualTo(Instant.parse("2024-03-25T08:00:00Z"));
    assertThat(
            ReportSchedule.nextRun(
                ReportTemplate.MONTHLY, LocalTime.of(8, 0), ZoneId.of("Europe/Paris"), after))
        .isEqualTo(Instant.parse("2024-04-01T06:00:00Z"));
    assertThat(
            ReportSchedule.nextRun(
                ReportTemplate.WEEKLY,
                LocalTime.of(8, 0),
                ZoneId.of("Africa/Bamako"),
                Instant.parse("2024-03-25T08:00:00Z")))
        .isEqualTo(Instant.parse("2024-04-01T08:00:00Z"));
  }

  @Test
  void aWeeklyScheduleRunsAtItsTimeAndItsPdfArrivesByMail() throws Exception {
    ReportSchedule s =
        reports
            .schedules()
            .add(
                new ReportSchedule(
                    0,
                    "Hebdo MINUSMA",
                    "analyste",
                    ReportFixture.weekly(List.of(new ReportSection("MINUSMA", "MINUSMA"))),
                    LocalTime.of(8, 0),
                    ZoneId.of("Africa/Bamako"),
                    List.of("cellule@mission.example", "direction@mission.example"),
                    List.of(ReportFormat.PDF, ReportFormat.DOCX),
                    true,
                    null),
                now.get());
    assertThat(s.nextRun()).isEqualTo(Instant.parse("2024-03-25T08:00:00Z"));

    now.set(Instant.parse("2024-03-25T07:59:00Z"));
    assertThat(reports.runDue()).isZero();
    assertThat(SMTP.getReceivedMessages()).isEmpty();

    now.set(Instant.parse("2024-03-25T08:00:00Z"));
    assertThat(reports.runDue()).isEqualTo(1);
    assertThat(reports.runDue()).isZero();
    assertThat(reports.schedules().get(s.id()).orElseThrow().nextRun())
        .isEqualTo(Instant.parse("2024-04-01T08:00:00Z"));

    MimeMessage[] mails = SMTP.getReceivedMessages();
    assertThat(mails).hasSize(2);
    MimeMessage mail = mails[0];
    assertThat(mail.getSubject())
        .contains("Rapport de situation hebdomadaire")
        .contains("18 mars 2024");
    Multipart mixed = (Multipart) mail.getContent();
    BodyPart pdfPart = null;
    for (int i = 0; i < mixed.getCount(); i++) {
      if ("application/pdf".equals(mixed.getBodyPart(i).getContentType().split(";")[0])) {
        pdfPart = mixed.getBodyPart(i);
      }
    }
    assertThat(pdfPart).isNotNull();
    assertThat(pdfPart.getFileName())
        .startsWith("vigie-weekly-2024-03-18_2024-03-24-")
        .endsWith(".pdf");
    byte[] pdf = pdfPart.getInputStream().readAllBytes();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Chiffres clés").contains("MINUSMA");
    }

    List<ArchivedReport> kept = reports.files().list(10);
    assertThat(kept).hasSize(2);
    ArchivedReport pdfKept =
        kept.stream().filter(r -> r.format() == ReportFormat.PDF).findFirst().orElseThrow();
    assertThat(pdfKept.scheduleId()).isEqualTo(s.id());
    assertThat(pdfKept.sentTo()).isEqualTo("cellule@mission.example,direction@mission.example");
    assertThat(pdfKept.sha256()).isEqualTo(ReportFiles.sha256(pdf));
    assertThat(reports.files().bytes(pdfKept)).isEqualTo(pdf);
    assertThat(Files.exists(archive.folder().resolve(pdfKept.path()))).isTrue();
    assertThat(pdfKept.spec().period()).isEqualTo(ReportFixture.WEEK);
    assertThat(pdfKept.permalink("https://vigie.example.org"))
        .isEqualTo("https://vigie.example.org/reports/" + pdfKept.id() + "/" + pdfKept.fileName());
  }

  @Test
  void aBackgroundJobTellsItsProgressAndAChangedFileIsRefused() throws Exception {
    ReportJob job =
        reports.submit(ReportFixture.weekly(List.of()), List.of(ReportFormat.HTML), List.of());
    for (int i = 0;
        i < 600 && job.status() != ReportJob.Status.DONE && job.status() != ReportJob.Status.FAILED;
        i++) {
      Thread.sleep(50);
    }
    assertThat(job.status()).isEqualTo(ReportJob.Status.DONE);
    assertThat(job.done()).isEqualTo(job.total());
    ArchivedReport r = job.files().getFirst();
    Files.writeString(archive.folder().resolve(r.path()), "changed");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.files().bytes(r))
        .hasMessageContaining(r.path())
        .hasMessageContaining("SHA-256");
  }
}
