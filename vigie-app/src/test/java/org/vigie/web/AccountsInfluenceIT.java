package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.analysis.Stages;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.platform.CsvExport;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.ExportReader;
import org.vigie.collect.platform.FieldMapping;
import org.vigie.collect.platform.JsonlExport;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.TelegramExport;
import org.vigie.collect.platform.XArchive;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;

/**
 * Accounts and influence in a real browser over the platform-export fixtures (Telegram, an X
 * archive, CrowdTangle): an account page opened from a search result, two accounts of two platforms
 * linked into one actor, the influence page of a period and a query, a node of the network view
 * followed to its account page, the GEXF downloaded; and the JSON API.
 */
class AccountsInfluenceIT {
  @TempDir static Path work;
  static TestServer harness;
  static String base;

  @BeforeAll
  static void start() throws InterruptedException {
    harness = TestServer.open(work);
    Archive archive = harness.archive();
    // a topic of our own, matched as posts arrive, for the influence page of a period and a topic
    archive
        .topics()
        .save(
            new org.vigie.link.topics.Topic(
                "agriculture-office-niger",
                "Agriculture à l’Office du Niger",
                List.of("Économie"),
                "engrais OU agriculteurs OU hivernage"));
    archive.topics().awaitIdle(Duration.ofSeconds(30));
    ingest(
        archive,
        PlatformFormat.TELEGRAM,
        new TelegramExport(),
        harness.fixture("platform/telegram/channel.json"),
        harness.fixture("platform/telegram/full-export.json"));
    ingest(archive, PlatformFormat.X, new XArchive(null), harness.fixture("platform/x/archive"));
    ingest(
        archive,
        PlatformFormat.CROWDTANGLE,
        new CsvExport(FieldMapping.crowdTangle(), null),
        harness.fixture("platform/csv/crowdtangle-facebook.csv"));
    ingest(archive, PlatformFormat.JSONL, new JsonlExport(RELAYS, "mastodon"), relays());
    archive.store().commit();
    harness.user("editeur", Role.EDITOR);
    base =
        harness.start(
            new WebServer(archive.store(), harness.access(AccessControl.Mode.PROTECTED))
                .withAccounts(archive.accounts())
                .withInfluence(archive.influence())
                .withCoordination(archive.coordination()));
  }

  private static void ingest(Archive archive, PlatformFormat f, ExportReader r, Path... files) {
    new Ingester(Stages.standard(), archive.writer(), 1, 60_000)
        .ingest(
            new ExportCollector(f, r, List.of(files), "import:test", Clock.systemUTC()), p -> {});
  }

  private static final FieldMapping RELAYS =
      FieldMapping.parse(
          List.of(
              "text=post.body",
              "id=post.id",
              "published=post.created",
              "account.handle=author.handle",
              "shares=stats.shares"));

  /** Three pages posting one text, a JSON-lines export in the mapped import's format. */
  private static Path relays() {
    Path file = work.resolve("relais.jsonl");
    StringBuilder lines = new StringBuilder();
    String[] pages = {"gao_infos", "sahel_relais", "echos_du_nord"};
    for (int i = 0; i < pages.length; i++) {
      lines.append(
          "{\"post\": {\"id\": \"r"
              + i
              + "\", \"created\": \"2024-03-16T09:0"
              + i
              + ":00Z\", \"body\": \"URGENT : la route de Gao est coupée à Tessit, évitez le"
              + " secteur jusqu’à nouvel ordre.\"}, \"author\": {\"handle\": \""
              + pages[i]
              + "\"}, \"stats\": {\"shares\": "
              + (10 * i + 3)
              + "}}\n");
    }
    try {
      return Files.writeString(file, lines.toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stop() {
    if (harness != null) {
      harness.close();
    }
  }

  @Test
  void theApiListsAccountsAndRanksThemByInfluence() throws Exception {
    WebClient editor = harness.signedIn("editeur");
    var accounts =
        DocumentJson.mapper().readTree(editor.get("/api/accounts?platform=facebook").body());
    assertThat(accounts).hasSize(2);
    var tamani =
        DocumentJson.mapper().readTree(editor.get("/api/accounts/facebook/100064321987654").body());
    assertThat(tamani.get("handle").asText()).isEqualTo("StudioTamani");
    assertThat(tamani.get("followerSeries")).hasSize(2);
    assertThat(tamani.get("activity").get("posts").asInt()).isEqualTo(2);
    var ranking =
        DocumentJson.mapper()
            .readTree(editor.get("/api/influence?from=2024-03-01&to=2024-03-31").body());
    assertThat(ranking.get("accounts").size()).isPositive();
    var first = ranking.get("accounts").get(0);
    assertThat(first.has("pagerank") && first.has("hub") && first.has("authority")).isTrue();
    assertThat(first.has("core") && first.has("followers") && first.has("platform")).isTrue();
    assertThat(editor.get("/api/influence?from=2024-03-31&to=2024-03-01").statusCode())
        .isEqualTo(400);
    assertThat(
            editor.get("/api/influence/graph?from=2024-03-01&to=2024-03-31&format=graphml").body())
        .contains("<graphml");
  }

  @Test
  void fromASearchToAnAccountAnActorTheInfluencePageAndItsNetwork() throws Exception {
    assumeTrue(
        Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    Path downloads = Files.createDirectories(work.resolve("downloads"));
    WebDriver browser = BrowserIT.chromium(work.resolve("browser"), downloads);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      BrowserIT.signIn(browser, base, "editeur");

      // a Telegram post shown as a post: its account, engagement, "transféré de"
      browser.get(base + "/?q=Banconi");
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".hit h3 a"))).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.post")));
      String post =
          browser
              .findElement(By.cssSelector("section.post"))
              .getText()
              .replace('\u202f', ' ')
              .replace('\u00a0', ' ');
      assertThat(post).contains("Studio Tamani Infos", "telegram", "Vues", "4 410");
      assertThat(post).contains("transféré de Radio Kledu");
      // one text posted by three accounts is said so
      browser.get(base + "/?q=Tessit");
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".hit h3 a"))).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h3.same-text")));
      assertThat(browser.findElement(By.cssSelector("h3.same-text")).getText())
          .isEqualToIgnoringCase("Même texte publié par 3 comptes");
      assertThat(browser.findElements(By.cssSelector("ul.same-text li"))).hasSize(2);

      // an account page from a search result
      browser.get(base + "/?q=Sikasso");
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".hit a.account"))).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-page h1")));
      assertThat(browser.findElement(By.cssSelector(".account-page h1")).getText())
          .contains("@AbdoulayeSow_ML");
      assertThat(browser.findElement(By.cssSelector("ol.amplifies")).getText())
          .contains("@StudioTamani");

      // two accounts of two platforms linked into one actor
      browser.get(base + "/accounts/facebook/100064321987654");
      browser.findElement(By.cssSelector("details.edit summary")).click();
      browser.findElement(By.id("new-actor")).sendKeys("Studio Tamani");
      browser.findElement(By.cssSelector("button.link-actor")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("dd.actor"), "Studio Tamani"));
      browser.get(base + "/accounts/telegram/channel1234567890");
      browser.findElement(By.cssSelector("details.edit summary")).click();
      new Select(browser.findElement(By.id("actor"))).selectByVisibleText("Studio Tamani");
      browser.findElement(By.cssSelector("button.link-actor")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("dd.actor"), "Studio Tamani"));
      browser.findElement(By.cssSelector("dd.actor a")).click();
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.actor-accounts")));
      assertThat(browser.findElement(By.cssSelector("table.actor-accounts")).getText())
          .contains("facebook", "telegram");

      // the influence page for a period and a query, its network view, a node to its account page
      browser.get(
          base + "/influence?from=2024-03-01&to=2024-03-31&q=S%C3%A9gou&graph=amplification");
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.influence-ranking")));
      assertThat(browser.findElement(By.cssSelector("table.influence-ranking")).getText())
          .contains("StudioTamani", "AbdoulayeSow_ML");
      WebElement network =
          wait.until(
              ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network[data-drawn]")));
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", network);
      System.out.println(
          "network view: "
              + network.getAttribute("data-drawn")
              + " nodes drawn in "
              + network.getAttribute("data-render-ms")
              + " ms");
      @SuppressWarnings("unchecked")
      List<Number> at =
          (List<Number>)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "var c = echarts.getInstanceByDom(arguments[0]);"
                          + " var nodes = c.getOption().series[0].data;"
                          + " var n = nodes.filter(function (d) { return d.name === 'AbdoulayeSow_ML'; })[0];"
                          + " return c.convertToPixel({seriesIndex: 0}, [n.x, n.y]);",
                      network);
      Path gexf = null;
      browser.findElement(By.cssSelector("a.gexf")).click();
      gexf = BrowserIT.waitForDownload(downloads, ".gexf");
      var xml =
          DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(gexf.toFile());
      assertThat(xml.getElementsByTagName("node").getLength()).isGreaterThanOrEqualTo(2);
      assertThat(xml.getElementsByTagName("edge").getLength()).isGreaterThanOrEqualTo(1);
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", network);
      int w = network.getSize().getWidth();
      int h = network.getSize().getHeight();
      new Actions(browser)
          .moveToElement(network, at.get(0).intValue() - w / 2, at.get(1).intValue() - h / 2)
          .click()
          .perform();
      wait.until(ExpectedConditions.urlContains("/accounts/x/"));
      assertThat(browser.findElement(By.cssSelector(".account-page h1")).getText())
          .contains("@AbdoulayeSow_ML");
    } finally {
      browser.quit();
    }
  }
}
