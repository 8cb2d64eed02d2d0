package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.archive.alerts.channels.MailSettings;
import org.vigie.web.access.AccessControl;

/**
 * Alerts in a real browser, with a real SMTP server (GreenMail): from a search, "Créer une alerte"
 * carries the query, previews what it would have sent in the last 7 days, creates the rule; its
 * page sends a test notification, which arrives, and shows it in the delivery log.
 */
class AlertsBrowserIT {
  @TempDir static Path work;
  static TestServer harness;
  static WebDriver browser;
  static String base;
  static GreenMail smtp;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    harness = TestServer.open(work);
    Archive archive = harness.archive();
    Path corpus = Files.createDirectories(work.resolve("recent"));
    String twoDaysAgo = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
    Files.writeString(
        corpus.resolve("recent.jsonl"),
        TestServer.jsonLine(
                "title",
                "Tombouctou : les casques bleus de la MINUSMA renforcent leurs patrouilles",
                "text",
                "Les casques bleus de la MINUSMA ont renforcé leurs patrouilles autour de"
                    + " Tombouctou après des menaces contre le marché, a indiqué la mission.",
                "published",
                twoDaysAgo,
                "site",
                "Studio Tamani")
            + TestServer.jsonLine(
                "title",
                "Ségou : la campagne agricole démarre",
                "text",
                "Les producteurs de riz de Ségou préparent la campagne agricole.",
                "published",
                twoDaysAgo,
                "site",
                "Maliweb"));
    harness.ingest("files:recent", corpus).user("analyste", Role.ANALYST);
    archive
        .alerts()
        .configure(
            "http://vigie.test",
            new MailSettings(
                "127.0.0.1",
                smtp.getSmtp().getPort(),
                "alertes@vigie.test",
                null,
                null,
                MailSettings.Tls.NONE));
    base =
        harness.start(
            new WebServer(archive.store(), harness.access(AccessControl.Mode.PROTECTED))
                .withAlerts(archive.alerts()));
    browser = BrowserIT.chromium(work);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (harness != null) {
      harness.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void createAnAlertFromASearchSeeItsPreviewTestItAndReadTheLog() throws Exception {
    browser.get(base + "/login");
    browser.findElement(By.id("name")).sendKeys("analyste");
    browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(10));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));

    browser.get(base + "/?q=MINUSMA");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.create-alert"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alert-query")));
    assertThat(browser.findElement(By.id("alert-query")).getAttribute("value"))
        .isEqualTo("MINUSMA");
    assertThat(browser.findElement(By.cssSelector(".preview h2")).getText())
        .isEqualTo("Aperçu : 1 document ces 7 derniers jours");
    assertThat(browser.findElement(By.cssSelector(".preview li")).getText())
        .startsWith("Tombouctou : les casques bleus");

    browser.findElement(By.id("alert-name")).sendKeys("Casques bleus");
    browser.findElement(By.id("alert-email")).sendKeys("cellule@mission.test");
    browser.findElement(By.cssSelector(".alert-form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.test"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.message")));
    assertThat(browser.findElement(By.cssSelector("p.message")).getText())
        .isEqualTo("Notification de test envoyée.");

    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getSubject()).isEqualTo("[Vigie] Casques bleus — notification de test");
    assertThat(browser.findElement(By.cssSelector(".delivery-log tbody tr")).getText())
        .contains("test", "email", "delivered");

    browser.get(base + "/alerts");
    assertThat(browser.findElement(By.cssSelector(".alert-list")).getText())
        .contains("Casques bleus", "MINUSMA", "cellule@mission.test");
    assertThat(browser.findElement(By.cssSelector(".unread")).getText())
        .isEqualTo("1 notification non lue");
  }
}
