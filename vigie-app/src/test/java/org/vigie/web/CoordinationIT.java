package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.analysis.Stages;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.ExportReader;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.TelegramExport;
import org.vigie.collect.platform.XArchive;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;

/**
 * "Réseaux coordonnés" over an archive of real-format exports (two Telegram channels and an X
 * archive that push one link and one text within seconds): the API starts a run and serves its
 * groups and evidence, only to analysts; in a real browser, an analyst starts a run from the form,
 * opens the group, reads its evidence timeline, follows a post to its document page and downloads
 * the GEXF.
 */
class CoordinationIT {
  @TempDir static Path work;
  static TestServer harness;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    harness = TestServer.open(work);
    Archive archive = harness.archive();
    ingest(
        archive,
        PlatformFormat.TELEGRAM,
        new TelegramExport(),
        harness.fixture("coordination-exports/sahel-echo.json"),
        harness.fixture("coordination-exports/kibaru-direct.json"));
    ingest(
        archive,
        PlatformFormat.X,
        new XArchive(null),
        harness.fixture("coordination-exports/x-fasoverite"));
    archive.store().commit();
    harness.user("analyste", Role.ANALYST).user("lecteur", Role.VIEWER);
    base =
        harness.start(
            new WebServer(archive.store(), harness.access(AccessControl.Mode.PROTECTED))
                .withCoordination(archive.coordination()));
  }

  private static void ingest(
      Archive archive, PlatformFormat format, ExportReader reader, Path... files) {
    new Ingester(Stages.standard(), archive.writer(), 1, 60_000)
        .ingest(
            new ExportCollector(
                format, reader, List.of(files), "import:test", java.time.Clock.systemUTC()),
            p -> {});
  }

  @AfterAll
  static void stop() {
    if (harness != null) {
      harness.close();
    }
  }

  @Test
  void theApiRunsADetectionAndServesItsGroupsAndEvidenceToAnalystsOnly() throws Exception {
    WebClient analyst = harness.signedIn("analyste");
    HttpResponse<String> started =
        analyst.send(
            "POST",
            "/api/coordination/runs",
            "{\"from\":\"2024-03-14\",\"to\":\"2024-03-14\",\"minParticipation\":1}",
            "X-CSRF-Token",
            analyst.csrf());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    long id = DocumentJson.mapper().readTree(started.body()).get("id").asLong();
    JsonNode run = null;
    for (int i = 0; i < 100; i++) {
      run = DocumentJson.mapper().readTree(analyst.get("/api/coordination/runs/" + id).body());
      if (!run.get("status").asText().equals("running")) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(run.get("status").asText()).isEqualTo("done");
    assertThat(run.get("posts").asInt()).isEqualTo(7);
    assertThat(run.get("groups").asInt()).isEqualTo(1);
    assertThat(run.get("coordinatedGroups")).hasSize(1);
    long group = run.get("coordinatedGroups").get(0).get("id").asLong();
    JsonNode g =
        DocumentJson.mapper().readTree(analyst.get("/api/coordination/groups/" + group).body());
    assertThat(g.get("members")).hasSize(3);
    assertThat(g.get("memberEdges")).hasSize(2);
    JsonNode evidence =
        DocumentJson.mapper()
            .readTree(analyst.get("/api/coordination/groups/" + group + "/evidence").body());
    assertThat(evidence.get("total").asInt()).isEqualTo(2);
    assertThat(evidence.get("pairs").get(0).get("object").asText())
        .isEqualTo("url:https://www.lessor.ml/ceni-report-scrutin");
    HttpResponse<String> bad =
        analyst.send(
            "POST",
            "/api/coordination/runs",
            "{\"window\":\"soixante\"}",
            "X-CSRF-Token",
            analyst.csrf());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("window");
    WebClient viewer = harness.signedIn("lecteur");
    assertThat(viewer.get("/api/coordination/runs").statusCode()).isEqualTo(403);
    assertThat(viewer.get("/coordination").statusCode()).isEqualTo(403);
  }

  @Test
  void anAnalystOpensAGroupReadsTheEvidenceFollowsAPostAndDownloadsTheGexf() throws Exception {
    assumeTrue(
        Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    Path downloads = Files.createDirectories(work.resolve("downloads"));
    WebDriver browser = BrowserIT.chromium(work.resolve("browser"), downloads);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
      BrowserIT.signIn(browser, base, "analyste");

      browser.findElement(By.cssSelector("a.nav[href='/coordination']")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("c-from")));
      setValue(browser, browser.findElement(By.id("c-from")), "2024-03-14");
      setValue(browser, browser.findElement(By.id("c-to")), "2024-03-14");
      WebElement min = browser.findElement(By.id("c-min"));
      min.clear();
      min.sendKeys("1");
      browser.findElement(By.cssSelector(".coordination-form button[type=submit]")).click();
      WebElement group =
          wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.group")));
      assertThat(browser.findElement(By.cssSelector(".coordination-groups tbody")).getText())
          .contains("lien", "texte", "telegram, x");
      group.click();

      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.evidence")));
      List<WebElement> pairs = browser.findElements(By.cssSelector("ol.evidence li.pair"));
      assertThat(pairs).hasSize(2);
      assertThat(pairs.get(0).getText())
          .contains("lessor.ml/ceni-report-scrutin", "à 36 s d’intervalle", "@FasoVerite")
          .contains("CENI reporterait");
      assertThat(pairs.get(1).getText()).contains("même texte", "ont fui Tombouctou");
      assertThat(browser.findElements(By.cssSelector("svg.network circle.account"))).hasSize(3);
      Files.createDirectories(BrowserIT.SHOTS);
      Files.write(
          BrowserIT.SHOTS.resolve("coordination-group.png"),
          ((org.openqa.selenium.TakesScreenshot) browser)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

      browser.findElement(By.cssSelector("a.gexf")).click();
      Path gexf = BrowserIT.waitForDownload(downloads, ".gexf");
      var xml =
          DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(gexf.toFile());
      assertThat(xml.getElementsByTagName("node").getLength()).isEqualTo(3);
      assertThat(xml.getElementsByTagName("edge").getLength()).isEqualTo(2);

      pairs.get(0).findElement(By.cssSelector(".post.b a.doc")).click();
      wait.until(ExpectedConditions.urlContains("/documents/"));
      assertThat(browser.findElement(By.tagName("main")).getText()).contains("CENI reporterait");
    } finally {
      browser.quit();
    }
  }

  private static void setValue(WebDriver browser, WebElement input, String value) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", input, value);
  }
}
