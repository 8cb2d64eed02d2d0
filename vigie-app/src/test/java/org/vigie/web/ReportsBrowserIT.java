package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.analytics.report.Period;
import org.vigie.analytics.report.ReportSection;
import org.vigie.analytics.report.ReportSpec;
import org.vigie.analytics.report.ReportTemplate;
import org.vigie.analytics.report.render.ReportFormat;
import org.vigie.archive.access.Role;
import org.vigie.archive.alerts.channels.MailSettings;
import org.vigie.archive.reports.ReportSchedule;
import org.vigie.archive.reports.ReportService;
import org.vigie.web.access.AccessControl;

/**
 * The Rapports page in Chromium, over a real archive, a test clock and GreenMail: a weekly schedule
 * runs on Monday 08:00 (Bamako), its PDF arrives by mail, is listed on the page, and the browser
 * downloads the very bytes that were sent; a report asked for on the page shows its progress and is
 * downloaded too.
 */
class ReportsBrowserIT {
  @TempDir static Path work;
  static TestServer harness;
  static WebDriver browser;
  static String base;
  static GreenMail smtp;
  static ReportService reports;
  static Path downloads;
  static final AtomicReference<Instant> NOW =
      new AtomicReference<>(Instant.parse("2024-03-20T10:00:00Z"));

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    harness = TestServer.open(work);
    harness.ingest("files:reports", harness.fixture("reports")).user("analyste", Role.ANALYST);
    Clock clock =
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
            return NOW.get();
          }
        };
    reports =
        harness.closeLater(
            new ReportService(harness.archive(), clock)
                .configure(
                    "http://vigie.test",
                    new MailSettings(
                        "127.0.0.1",
                        smtp.getSmtp().getPort(),
                        "rapports@vigie.test",
                        null,
                        null,
                        MailSettings.Tls.NONE)));
    base =
        harness.start(
            new WebServer(harness.store(), harness.access(AccessControl.Mode.PROTECTED))
                .withReports(reports));
    downloads = Files.createDirectories(work.resolve("downloads"));
    browser = chromium(work, downloads);
  }

  static WebDriver chromium(Path work, Path downloads) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserIT.CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1300,1000",
        "--user-data-dir=" + work.resolve("chromium-profile"));
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory", downloads.toAbsolutePath().toString(),
            "download.prompt_for_download", false,
            "plugins.always_open_pdf_externally", true));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(BrowserIT.CHROMEDRIVER.toFile())
            .build();
    return new ChromeDriver(service, options);
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
  void aScheduledReportIsMailedListedAndDownloaded() throws Exception {
    ReportSpec spec =
        new ReportSpec(
            ReportTemplate.WEEKLY,
            null,
            "fr",
            "Mission",
            null,
            List.of(new ReportSection("MINUSMA", "MINUSMA")),
            new Period(LocalDate.parse("2024-03-18"), LocalDate.parse("2024-03-24")),
            "",
            null);
    reports
        .schedules()
        .add(
            new ReportSchedule(
                0,
                "Hebdo",
                "analyste",
                spec,
                LocalTime.of(8, 0),
                ZoneId.of("Africa/Bamako"),
                List.of("direction@mission.test"),
                List.of(ReportFormat.PDF),
                true,
                null),
            NOW.get());
    NOW.set(Instant.parse("2024-03-25T08:00:00Z"));
    assertThat(reports.runDue()).isEqualTo(1);
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(1);
    byte[] sent =
        ((Multipart) mails[0].getContent()).getBodyPart(1).getInputStream().readAllBytes();
    assertThat(new String(sent, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");

    browser.get(base + "/login");
    browser.findElement(By.id("name")).sendKeys("analyste");
    browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
    browser.get(base + "/reports");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rapports");
    assertThat(browser.findElement(By.cssSelector(".report-schedules")).getText())
        .contains("Hebdo");
    var link = browser.findElement(By.cssSelector("table.report-list a.report-download"));
    assertThat(link.getText()).isEqualTo("Rapport de situation hebdomadaire");
    String name =
        link.getAttribute("href").substring(link.getAttribute("href").lastIndexOf('/') + 1);
    link.click();
    Path file = downloads.resolve(name);
    wait.until(d -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
    byte[] downloaded = Files.readAllBytes(file);
    assertThat(downloaded).isEqualTo(sent);
    assertThat(name)
        .contains(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(sent))
                .substring(0, 8));

    browser.findElement(By.id("report-from")).clear();
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('report-from').value='2024-03-18';"
                + "document.getElementById('report-to').value='2024-03-24';");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("report-format")))
        .selectByValue("html");
    browser.findElement(By.id("report-submit")).click();
    wait.until(d -> d.findElement(By.id("report-job")).getAttribute("data-status").equals("done"));
    var html = browser.findElement(By.cssSelector("#report-job a.report-download"));
    String htmlName =
        html.getAttribute("href").substring(html.getAttribute("href").lastIndexOf('/') + 1);
    assertThat(htmlName).endsWith(".html");
    html.click();
    wait.until(d -> Files.exists(downloads.resolve(htmlName)));
    assertThat(Files.readString(downloads.resolve(htmlName)))
        .contains("Chiffres clés")
        .contains("<svg");
  }
}
