package org.vigie.archive.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.archive.FileIngest;
import org.vigie.archive.alerts.AlertOutbox.Status;
import org.vigie.archive.alerts.channels.MailSettings;
import org.vigie.document.DocumentJson;
import org.vigie.store.StoreConfig;

/**
 * Alerts end to end over a real archive, a real SMTP server (GreenMail) and a real webhook receiver
 * on 127.0.0.1: documents ingested through the pipeline match rules at ingest; the outbox delivers
 * mails and signed webhooks, retries, gives up on 410, refuses loopback unless allowed, holds mail
 * in quiet hours, and groups a story's copies in one digest item.
 */
class AlertsTest {
  static final Path STORIES = Path.of("src", "test", "resources", "stories", "sahel-presse.jsonl");

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @TempDir Path work;
  final MutableClock clock = new MutableClock(Instant.parse("2024-02-15T10:00:00Z"));
  Archive archive;
  AlertService alerts;

  @BeforeEach
  void open() {
    archive = Archive.open(work.resolve("data"), StoreConfig.EMBEDDED, clock);
    alerts = archive.alerts();
    alerts.configure(
        "https://vigie.example.org",
        new MailSettings(
            "127.0.0.1",
            ServerSetupTest.SMTP.getPort(),
            "alertes@vigie.example.org",
            null,
            null,
            MailSettings.Tls.NONE));
  }

  @AfterEach
  void close() {
    archive.close();
  }

  @Test
  void anImmediateAlertArrivesByMailWithAFrenchSubjectAndBothParts() throws Exception {
    alerts.add(
        rule("Casques bleus à Gao", "MINUSMA ET Gao", AlertRule.Mode.IMMEDIATE)
            .email("cellule@mission.example")
            .build());

    ingest(gao().subList(0, 1));
    assertThat(alerts.deliverDue()).isEqualTo(1);

    MimeMessage[] mails = SMTP.getReceivedMessages();
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails[0];
    assertThat(mail.getSubject())
        .isEqualTo(
            "[Vigie] Casques bleus à Gao — un nouveau document : « Gao : des tirs de roquettes"
                + " visent le camp de la MINUSMA »");
    assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
    Multipart parts = (Multipart) mail.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    String text = (String) parts.getBodyPart(0).getContent();
    assertThat(text).contains("https://vigie.example.org/documents/").contains("Maliweb");
    assertThat(text)
        .contains("Modifier ou arrêter cette alerte : https://vigie.example.org/alerts/");
  }

  @Test
  void oneNotificationPerStoryNotPerSyndicatedCopy() throws Exception {
    AlertRule r =
        alerts.add(
            rule("Gao", "MINUSMA ET Gao", AlertRule.Mode.IMMEDIATE)
                .email("a@mission.example")
                .build());
    List<String> lines = gao();
    ingest(List.of(lines.get(0), copy(lines.get(0), "Mali Actu"), copy(lines.get(0), "Bamada")));
    alerts.deliverDue();

    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(alerts.matches().recent(r.id(), 10)).hasSize(3);
  }

  @Test
  void aDigestAtItsTimeGroupsThreeCopiesAndTwoArticlesOfOneStoryInOneItem() throws Exception {
    AlertRule r =
        alerts.add(
            rule("Résumé Gao", "MINUSMA", AlertRule.Mode.DIGEST)
                .digest(AlertRule.Digest.Every.DAILY, LocalTime.of(7, 0))
                .email("observateurs@example.org")
                .build());
    List<String> lines = gao();
    ingest(
        List.of(
            lines.get(0),
            copy(lines.get(0), "Mali Actu"),
            copy(lines.get(0), "Bamada"),
            lines.get(1),
            lines.get(2)));

    alerts.runDigests();
    alerts.deliverDue();
    assertThat(SMTP.getReceivedMessages()).as("no digest before 07:00 the next day").isEmpty();

    clock.set(Instant.parse("2024-02-16T07:00:30Z")); // 07:00 in Bamako (UTC+0)
    assertThat(alerts.runDigests()).isEqualTo(1);
    alerts.deliverDue();

    MimeMessage[] mails = SMTP.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getSubject())
        .isEqualTo("[Vigie] Résumé Gao — 1 histoire depuis le dernier résumé");
    AlertOutbox.Delivery d = alerts.outbox().ofRule(r.id(), 5).get(0);
    assertThat(d.message().items()).hasSize(1);
    assertThat(d.message().items().get(0).documents()).isEqualTo(5);
    assertThat(d.message().items().get(0).sites()).isEqualTo(5);

    clock.set(Instant.parse("2024-02-17T07:00:30Z"));
    assertThat(alerts.runDigests()).as("nothing new: no digest").isZero();
  }

  @Test
  void quietHoursHoldTheMailUntilTheyEnd() throws Exception {
    clock.set(Instant.parse("2024-02-15T23:10:00Z"));
    alerts.add(
        rule("Nuit", "MINUSMA", AlertRule.Mode.IMMEDIATE)
            .quiet(LocalTime.of(22, 0), LocalTime.of(6, 0))
            .email("nuit@mission.example")
            .build());
    ingest(gao().subList(0, 1));
    alerts.deliverDue();
    clock.set(Instant.parse("2024-02-16T03:00:00Z"));
    alerts.deliverDue();
    assertThat(SMTP.getReceivedMessages()).isEmpty();

    clock.set(Instant.parse("2024-02-16T06:00:10Z"));
    alerts.deliverDue();
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aSignedWebhookIsRetriedUntilTheReceiverAcceptsIt() throws Exception {
    try (Receiver receiver = new Receiver()) {
      int[] answers = {500, 500, 500, 200};
      int[] n = {0};
      receiver.answer(() -> answers[Math.min(n[0]++, answers.length - 1)]);
      AlertRule r =
          alerts.add(
              rule("Hook", "MINUSMA", AlertRule.Mode.IMMEDIATE)
                  .webhook(receiver.url(), true)
                  .build());
      receiver.secret(r.webhookSecret());
      assertThat(r.webhookSecret()).startsWith("whsec_");
      ingest(gao().subList(0, 1));

      for (int attempt = 0; attempt < 6; attempt++) {
        alerts.deliverDue();
        clock.advance(Duration.ofHours(3));
      }

      assertThat(receiver.calls()).isEqualTo(4);
      assertThat(receiver.received()).allSatisfy(x -> assertThat(x.verified()).isTrue());
      assertThat(receiver.received().stream().map(Receiver.Received::id).distinct()).hasSize(1);
      AlertOutbox.Delivery d = alerts.outbox().ofRule(r.id(), 5).get(0);
      assertThat(d.status()).isEqualTo(Status.DELIVERED);
      assertThat(d.attempts()).isEqualTo(4);
      assertThat(alerts.outbox().attempts(d.id()))
          .extracting(AlertOutbox.Attempt::code)
          .containsExactly(500, 500, 500, 200);
      JsonNode body = DocumentJson.mapper().readTree(receiver.received().get(3).body());
      assertThat(body.path("type").asText()).isEqualTo("alert.immediate");
      assertThat(body.path("data").path("items").get(0).path("site").asText()).isEqualTo("Maliweb");
    }
  }

  @Test
  void goneDisablesTheEndpoint() throws Exception {
    try (Receiver receiver = new Receiver()) {
      receiver.answer(() -> 410);
      AlertRule r =
          alerts.add(
              rule("Parti", "MINUSMA", AlertRule.Mode.IMMEDIATE)
                  .webhook(receiver.url(), true)
                  .build());
      List<String> lines = gao();
      ingest(List.of(lines.get(0)));
      alerts.deliverDue();
      assertThat(alerts.rules().get(r.id()).orElseThrow().webhookDisabled()).isTrue();

      ingest(List.of(lines.get(3)));
      clock.advance(Duration.ofDays(1));
      alerts.deliverDue();
      assertThat(receiver.calls()).isEqualTo(1);
    }
  }

  @Test
  void aWebhookToLoopbackIsRefusedUnlessAllowed() throws Exception {
    try (Receiver receiver = new Receiver()) {
      AlertRule r =
          alerts.add(
              rule("Local", "MINUSMA", AlertRule.Mode.IMMEDIATE)
                  .webhook(receiver.url(), false)
                  .build());
      ingest(gao().subList(0, 1));
      alerts.deliverDue();

      assertThat(receiver.calls()).isZero();
      AlertOutbox.Delivery d = alerts.outbox().ofRule(r.id(), 5).get(0);
      assertThat(d.status()).isEqualTo(Status.FAILED);
      assertThat(d.lastError()).contains("127.0.0.1").contains("loopback");
      assertThat(alerts.outbox().resend(d.id(), clock.instant())).isTrue();
    }
  }

  @Test
  void rulesAddedTogetherMatchAtIngestAsRulesAddedOneByOne() throws Exception {
    List<AlertRule> saved =
        alerts.addAll(
            List.of(
                rule("Gao", "MINUSMA ET Gao", AlertRule.Mode.IMMEDIATE)
                    .email("a@mission.example")
                    .build(),
                rule("Kidal", "Kidal", AlertRule.Mode.IMMEDIATE)
                    .email("b@mission.example")
                    .build()));
    assertThat(saved).allSatisfy(r -> assertThat(r.id()).isPositive());
    assertThat(alerts.monitor().size()).isEqualTo(2);

    ingest(gao().subList(0, 1));

    assertThat(alerts.matches().recent(saved.get(0).id(), 5)).hasSize(1);
    assertThat(alerts.matches().recent(saved.get(1).id(), 5)).isEmpty();
    assertThat(alerts.outbox().pending()).isEqualTo(1);
  }

  @Test
  void aRuleWithABadQueryIsRefusedWithTheParsersMessage() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> alerts.add(rule("Cassée", "MINUSMA ET (", AlertRule.Mode.IMMEDIATE).build()))
        .isInstanceOf(org.vigie.search.QuerySyntaxException.class);
  }

  // --- fixtures

  /** The Gao story's three articles (the fixture's lines 1, 3 and 5) then the two others. */
  private static List<String> gao() throws Exception {
    List<String> all = Files.readAllLines(STORIES, StandardCharsets.UTF_8);
    return List.of(all.get(0), all.get(2), all.get(4), all.get(1), all.get(3));
  }

  /** A syndicated copy of an article on another site: the same text, signed by the copier. */
  private static String copy(String line, String site) throws Exception {
    ObjectNode doc = (ObjectNode) DocumentJson.mapper().readTree(line);
    doc.put("site", site);
    doc.put("url", "https://" + site.toLowerCase().replace(' ', '-') + ".example/gao");
    doc.put("text", doc.path("text").asText() + "\n\nSource : " + site + ".");
    return DocumentJson.mapper().writeValueAsString(doc);
  }

  private void ingest(List<String> lines) throws Exception {
    Path file = Files.createTempFile(work, "batch", ".jsonl");
    Files.write(file, new ArrayList<>(lines), StandardCharsets.UTF_8);
    new FileIngest(archive, 1000).run(List.of(file), "files:test", p -> {});
  }

  private static RuleDraft rule(String name, String query, AlertRule.Mode mode) {
    return new RuleDraft(name, query, mode);
  }

  /** A rule being written by a test. */
  static final class RuleDraft {
    String name;
    String query;
    AlertRule.Mode mode;
    String email;
    String webhook;
    boolean allowPrivate;
    AlertRule.Digest digest;
    AlertRule.QuietHours quiet;

    RuleDraft(String name, String query, AlertRule.Mode mode) {
      this.name = name;
      this.query = query;
      this.mode = mode;
    }

    RuleDraft email(String e) {
      email = e;
      return this;
    }

    RuleDraft webhook(String url, boolean allow) {
      webhook = url;
      allowPrivate = allow;
      return this;
    }

    RuleDraft digest(AlertRule.Digest.Every every, LocalTime at) {
      digest = new AlertRule.Digest(every, at, java.time.DayOfWeek.MONDAY);
      return this;
    }

    RuleDraft quiet(LocalTime from, LocalTime to) {
      quiet = new AlertRule.QuietHours(from, to);
      return this;
    }

    AlertRule build() {
      return new AlertRule(
          0,
          name,
          "analyste",
          query,
          mode,
          null,
          digest,
          quiet,
          0,
          email,
          webhook,
          null,
          allowPrivate,
          false,
          null,
          "fr",
          true);
    }
  }
}
