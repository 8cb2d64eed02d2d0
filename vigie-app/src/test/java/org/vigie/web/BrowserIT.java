package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.web.access.AccessControl;

/**
 * The demo's pages in a real browser (Debian's chromium driven by chromedriver): search, a facet
 * click through htmx, the document page, English. Screenshots go to {@code target/screenshots}.
 */
public class BrowserIT {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target/screenshots");
  static final String PASSWORD = TestServer.PASSWORD;

  @TempDir static Path work;
  static TestServer harness;
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (.ci/run installs them:"
            + " apt-get install chromium chromium-driver)");
    harness = TestServer.open(work);
    Archive archive = harness.archive();
    harness.ingest("demo:samples", harness.fixture("samples/seeds")).user("analyste", Role.EDITOR);
    base =
        harness.start(
            new WebServer(
                    archive.store(),
                    harness.access(AccessControl.Mode.PROTECTED),
                    SourcesBrowserSteps.sources(harness))
                .withTopics(archive.topics()));
    browser = chromium(work);
    Files.createDirectories(SHOTS);
  }

  /** Debian's chromium, headless, driven by its chromedriver, with a profile under {@code work}. */
  public static WebDriver chromium(Path work) {
    return chromium(work, null);
  }

  /** The same, saving downloads into {@code downloads} without asking (when not null). */
  static WebDriver chromium(Path work, Path downloads) {
    ChromeOptions options = new ChromeOptions();
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              downloads.toString(),
              "download.prompt_for_download",
              false));
    }
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1300,1000",
        "--user-data-dir=" + work.resolve("chromium-profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
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
  }

  static void shoot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  /** Signs {@code name} in through the login page (password {@link TestServer#PASSWORD}). */
  static void signIn(WebDriver browser, String base, String name) {
    browser.get(base + "/login");
    browser.findElement(By.id("name")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    new WebDriverWait(browser, java.time.Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top a.account")));
  }

  /**
   * The first file ending in {@code suffix} the browser saved into {@code folder} (10 s at most).
   */
  static Path waitForDownload(Path folder, String suffix) throws Exception {
    for (int i = 0; i < 100; i++) {
      try (java.util.stream.Stream<Path> files = Files.list(folder)) {
        var done = files.filter(p -> p.toString().endsWith(suffix)).findFirst();
        if (done.isPresent()) {
          return done.get();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + suffix + " file downloaded into " + folder);
  }

  static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  /** Signs in through the login form unless the browser already has a session. */
  static void signIn() {
    browser.get(base + "/");
    if (!browser.getCurrentUrl().contains("/login")) {
      return;
    }
    browser.findElement(By.id("name")).sendKeys("analyste");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
  }

  @Test
  void signInSearchExportCsvSwitchToEnglishAndSignOut() throws Exception {
    browser.manage().deleteAllCookies();
    browser.get(base + "/?q=paix");
    assertThat(browser.getCurrentUrl()).contains("/login?next=");
    browser.findElement(By.id("name")).sendKeys("analyste");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    shoot("6-login");
    browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".summary")));
    assertThat(browser.getCurrentUrl()).endsWith("/?q=paix");
    assertThat(browser.findElement(By.cssSelector("a.account")).getText()).isEqualTo("analyste");
    shoot("7-signed-in-search");

    WebElement csv = browser.findElement(By.cssSelector("a.export[href*='format=csv']"));
    String href = csv.getAttribute("href");
    String session = browser.manage().getCookieNamed(AccessControl.SESSION_COOKIE).getValue();
    java.net.http.HttpResponse<String> export =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                    .header("Cookie", AccessControl.SESSION_COOKIE + "=" + session)
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> rows = export.body().lines().toList();
    assertThat(rows.get(0)).startsWith("\uFEFFid;title;published");
    String summary = browser.findElement(By.cssSelector(".summary")).getText();
    assertThat(summary).startsWith((rows.size() - 1) + " document");

    browser.findElement(By.cssSelector("a.lang")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#search-form button[type=submit]"), "Search"));
    assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.cssSelector("a.export")).getText()).isEqualTo("CSV");
    shoot("8-english");

    browser.findElement(By.cssSelector("form.logout button")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    assertThat(browser.getCurrentUrl()).contains("/login");
    browser.get(base + "/?q=paix");
    assertThat(browser.getCurrentUrl()).contains("/login");
    shoot("9-signed-out");
    browser.get(base + "/?lang=fr");
  }

  @Test
  void searchFilterByFacetOpenTheDocumentAndSwitchToEnglish() throws IOException {
    signIn();
    browser.get(base + "/?lang=fr");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("MINUSMA blogueurs");
    box.submit();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".summary"), "1 document"));
    assertThat(browser.findElement(By.cssSelector("li.hit h3 a")).getText())
        .contains("MINUSMA à Bamako");
    assertThat(browser.findElements(By.cssSelector("li.hit mark"))).isNotEmpty();
    shoot("1-search");

    browser.findElement(By.id("q")).clear();
    browser.findElement(By.id("q")).sendKeys("paix");
    browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
    waiting().until(d -> d.getCurrentUrl().contains("q=paix"));
    String before = browser.findElement(By.cssSelector(".summary")).getText();
    WebElement year = browser.findElement(By.cssSelector(".facet[data-field=year] a"));
    year.click();
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".active-filters .chip")));
    assertThat(browser.getCurrentUrl()).contains("f=year");
    assertThat(browser.findElement(By.cssSelector(".summary")).getText()).isNotEqualTo(before);
    shoot("2-facet");

    browser.findElement(By.cssSelector("li.hit h3 a")).click();
    waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.document")));
    assertThat(browser.findElements(By.cssSelector(".text p")).size()).isGreaterThan(3);
    shoot("3-document");

    browser.findElement(By.cssSelector("a.lang")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("a.back"), "Back"));
    assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("en");
    shoot("4-english");
  }

  @Test
  void theSourcesPageDrawsItsCoverageChartAndAStoryItsTimeline() throws IOException {
    signIn();
    SourcesBrowserSteps.walk(base, browser, BrowserIT::shoot);
  }

  @Test
  void aBadQueryShowsItsErrorInPlace() throws IOException {
    signIn();
    browser.get(base + "/?q=paix&lang=fr");
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys("\"maintien de la paix");
    browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .error")));
    assertThat(browser.findElement(By.cssSelector("#results .error")).getText())
        .contains("un guillemet n’est jamais fermé");
    shoot("5-bad-query");
  }

  @Test
  void clickATopicFacetAndAHistogramRangeOpenADocumentAndItsEntityPage() throws IOException {
    signIn();
    browser.get(base + "/?q=");
    String all = browser.findElement(By.cssSelector(".summary")).getText();
    browser.findElement(By.cssSelector(".facet[data-field=topic] a")).click();
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".active-filters .chip")));
    assertThat(browser.getCurrentUrl()).contains("f=topic");
    assertThat(browser.findElement(By.cssSelector(".summary")).getText()).isNotEqualTo(all);
    shoot("6-topic-facet");

    // Brushing: drag across the chart; the search re-runs restricted to the selected dates.
    browser.get(base + "/?q=");
    WebElement chart =
        waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".histogram .chart.drawn canvas")));
    int width = chart.getSize().getWidth();
    new org.openqa.selenium.interactions.Actions(browser)
        .moveToElement(chart, -width / 2 + 90, 0)
        .clickAndHold()
        .moveByOffset(width - 110, 0)
        .release()
        .perform();
    waiting().until(d -> d.getCurrentUrl().contains("date%3A%5B"));
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).contains("date:[");
    shoot("7-histogram-brushed");

    // A bar's own link (what a reader without JavaScript clicks) narrows to its dates.
    browser.get(base + "/?q=");
    WebElement bar = browser.findElement(By.cssSelector(".histogram .bars a"));
    String count = bar.findElement(By.cssSelector(".count")).getText();
    bar.click();
    waiting().until(d -> d.getCurrentUrl().contains("date%3A%5B"));
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".summary"), count + " document"));
    shoot("8-histogram-bar");

    browser.findElement(By.cssSelector("li.hit h3 a")).click();
    waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.document")));
    WebElement entity = browser.findElement(By.cssSelector(".entities a"));
    String name = entity.getText().replaceAll(" \\(.*$", "");
    shoot("9-document-topics");
    entity.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.entity")));
    assertThat(browser.findElement(By.cssSelector("h1")).getText()).startsWith(name);
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".mentions .chart.drawn canvas")));
    shoot("10-entity");
  }

  @Test
  void createATopicAndSeeTheArchiveRetagged() throws IOException {
    signIn();
    browser.get(base + "/?q=blogueurs");
    String expected = browser.findElement(By.cssSelector(".summary")).getText().split(" ")[0];
    browser.get(base + "/topics/new");
    browser.findElement(By.id("topic-name")).sendKeys("Blogosphère sahélienne");
    browser.findElement(By.id("topic-category")).sendKeys("Médias et réseaux sociaux > Blogs");
    browser.findElement(By.id("topic-query")).sendKeys("blogueurs");
    shoot("11-topic-form");
    browser.findElement(By.cssSelector(".topic-form button[type=submit]")).click();
    waiting().until(d -> d.getCurrentUrl().contains("/topics?job="));
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#jobs li[data-state=DONE]")));
    assertThat(
            browser.findElement(By.cssSelector("#jobs li[data-state=DONE] .job-percent")).getText())
        .isEqualTo("100 %");
    shoot("12-topic-retagged");
    browser.get(base + "/archive");
    assertThat(
            browser
                .findElement(By.cssSelector("tr[data-topic=blogosphere-sahelienne] .num"))
                .getText())
        .isEqualTo(expected);
    shoot("13-archive");
  }
}
