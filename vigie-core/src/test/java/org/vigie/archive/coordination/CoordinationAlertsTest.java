package org.vigie.archive.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.Stages;
import org.vigie.analytics.coordination.CoordinationSettings;
import org.vigie.archive.Archive;
import org.vigie.archive.alerts.AlertRule;
import org.vigie.archive.alerts.channels.MailSettings;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.ExportReader;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.TelegramExport;
import org.vigie.collect.platform.XArchive;
import org.vigie.store.StoreConfig;

/**
 * The coordination event of the alerts, with a real SMTP server: the watch finds a new group in the
 * last 24 hours of posts; a "coordination" rule whose query matches its posts gets one mail with
 * the group's page, a rule whose query does not gets none, and the next watch run (same group)
 * sends nothing more.
 */
class CoordinationAlertsTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-14T20:00:00Z"), ZoneOffset.UTC);

  @TempDir Path data;

  @Test
  void aNewGroupWhosePostsMatchARuleIsMailedOnce() throws Exception {
    try (Archive archive = Archive.open(data, StoreConfig.EMBEDDED, CLOCK)) {
      ingest(
          archive,
          PlatformFormat.TELEGRAM,
          new TelegramExport(),
          fixture("sahel-echo.json"),
          fixture("kibaru-direct.json"));
      ingest(archive, PlatformFormat.X, new XArchive(null), fixture("x-fasoverite"));
      archive.store().commit();
      archive
          .alerts()
          .configure(
              "https://vigie.example.org",
              new MailSettings(
                  "127.0.0.1",
                  ServerSetupTest.SMTP.getPort(),
                  "alertes@vigie.example.org",
                  null,
                  null,
                  MailSettings.Tls.NONE));
      archive.alerts().add(rule("Réseaux sur la CENI", "CENI", "cellule@mission.example"));
      archive.alerts().add(rule("Réseaux à Ouagadougou", "Ouagadougou", "autre@mission.example"));
      CoordinationWatch watch =
          new CoordinationWatch(
              archive.coordination(),
              CoordinationRequest.of(Instant.EPOCH, Instant.EPOCH.plusSeconds(1))
                  .withSettings(CoordinationSettings.of(60, 1)),
              Duration.ofHours(24),
              CLOCK,
              new CoordinationAlerts(archive.alerts(), archive.coordination(), archive.store()));

      CoordinationRecords.Run run = watch.runOnce();
      assertThat(run.trigger()).isEqualTo("watch");
      assertThat(run.groups()).isEqualTo(1);
      assertThat(archive.alerts().deliverDue()).isEqualTo(1);
      MimeMessage[] mails = SMTP.getReceivedMessages();
      assertThat(mails).hasSize(1);
      assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("cellule@mission.example");
      assertThat(mails[0].getSubject())
          .contains("Réseaux sur la CENI")
          .contains("réseau coordonné");
      long group = archive.coordination().groups(run.id()).getFirst().id();
      assertThat(GreenMailUtil.getBody(mails[0]))
          .contains("un nouveau r=C3=A9seau coordonn=C3=A9 de 3 comptes")
          .contains("https://vigie.example.org/coordination/groups/" + group);

      watch.runOnce();
      assertThat(archive.alerts().deliverDue()).isZero();
      assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }
  }

  private static AlertRule rule(String name, String query, String email) {
    return new AlertRule(
        0,
        name,
        "analyste",
        query,
        AlertRule.Mode.COORDINATION,
        null,
        null,
        null,
        0,
        email,
        null,
        null,
        false,
        false,
        null,
        "fr",
        true);
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(
        CoordinationAlertsTest.class.getResource("/coordination-exports/" + name).toURI());
  }

  private static void ingest(
      Archive archive, PlatformFormat format, ExportReader reader, Path... files) {
    new Ingester(Stages.standard(), archive.writer(), 1, 60_000)
        .ingest(new ExportCollector(format, reader, List.of(files), "import:test", CLOCK), p -> {});
  }
}
