package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.web.BrowserIT;

/**
 * {@code vigie demo --live} as a user runs it (the packaged jar, a child process, this offline
 * machine), then its pages in a real browser: Histoires, Sources, Tendances and Archive all have
 * something to show, and the demo says that the live feeds could not be collected offline.
 */
class DemoBrowserIT {
  static final Pattern READY = Pattern.compile("http://localhost:(\\d+)/");

  @TempDir static Path work;
  static Process demo;
  static Path log;
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver");
    log = work.resolve("demo.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    demo =
        new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                Path.of("target/vigie.jar").toString(),
                "demo",
                "--live",
                "--port",
                "0",
                "--data",
                work.resolve("data").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    base = "http://localhost:" + waitForPort();
    browser = BrowserIT.chromium(work);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (demo != null) {
      demo.destroy();
      assertThat(demo.waitFor(60, TimeUnit.SECONDS)).as("the demo stops on SIGTERM").isTrue();
    }
  }

  private static int waitForPort() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline) {
      assertThat(demo.isAlive()).as("the demo died: " + Files.readString(log)).isTrue();
      Matcher m = READY.matcher(Files.readString(log));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the demo did not start within 240 s: " + Files.readString(log));
  }

  private static void open(String path, String css) {
    browser.get(base + path);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream()
        .map(e -> e.getAttribute("textContent").strip())
        .toList();
  }

  @Test
  void offlineTheDemoSaysThatItsLiveFeedsAreRegisteredButNotCollected() throws Exception {
    String out = Files.readString(log);
    assertThat(out).contains("Hors ligne : les 10 flux d'actualité sont enregistrés");
    assertThat(out).contains("demo-telegram : ").contains("demo-presse : 5 documents ajoutés");
    assertThat(out).as("Lucene's vector-module notice is not shown").doesNotContain("vector");
  }

  @Test
  void storiesListTheSamplesStories() {
    open("/stories", "section.stories");
    assertThat(browser.findElements(By.cssSelector("section.stories p.none"))).isEmpty();
    assertThat(texts("ul.story-list li a")).isNotEmpty();
  }

  @Test
  void sourcesShowTheDemoSourcesWithTheirRunsAndTheLiveFeeds() {
    open("/sources", "section.sources");
    assertThat(texts("table.source-table tr[data-source] th a"))
        .contains(
            "Presse du Sahel (exemples)",
            "Studio Tamani Infos (export Telegram d’exemple)",
            "Studio Tamani",
            "Lefaso.net");
    String presse =
        browser
            .findElement(By.cssSelector("tr[data-source='demo-presse'] td.last-success"))
            .getAttribute("textContent")
            .strip();
    assertThat(presse).as("its run succeeded").isNotEqualTo("—").isNotEmpty();
  }

  @Test
  void trendsShowTheMostFrequentTopicsAtOnce() {
    open("/trends", "section.trends");
    assertThat(browser.findElements(By.cssSelector("section.trends p.none"))).isEmpty();
    assertThat(texts("table.trend-table thead th")).hasSizeGreaterThan(1);
    assertThat(texts("table.trend-table tbody tr")).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("section.trends .frequent")).getText())
        .startsWith("Les trois sujets");
  }

  @Test
  void theArchiveListsItsDatedYearsOnly() {
    open("/archive", "section.archive");
    assertThat(browser.findElement(By.cssSelector("section.archive p.intro")).getText())
        .contains("documents datés");
    List<String> years = texts("section.year h3 a");
    assertThat(years).isNotEmpty().doesNotHaveDuplicates();
    assertThat(texts("section.year h3 .count")).noneMatch("0"::equals);
  }
}
