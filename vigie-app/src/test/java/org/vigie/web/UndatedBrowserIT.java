package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.archive.access.Role;
import org.vigie.web.access.AccessControl;

/**
 * Undated documents in a real browser (issue 20, item 2): three articles published in 2021 and 2023
 * and two communiqués without a date, all collected today and all naming the MINUSMA. Neither the
 * search page's histogram, the entity's chart, Tendances nor the Archive puts the communiqués on
 * the day they were collected; each says how many documents have no date and links to them.
 */
class UndatedBrowserIT {
  @TempDir static Path work;
  static TestServer harness;
  static WebDriver browser;
  static String base;

  /** The collection day, which no chart may show. */
  static final String TODAY_YEAR = Integer.toString(LocalDate.now(ZoneOffset.UTC).getYear());

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver");
    harness = TestServer.open(work);
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(
        corpus.resolve("minusma.jsonl"),
        TestServer.jsonLine(
                "title", "La MINUSMA renforce sa présence à Ménaka",
                "text",
                    "La MINUSMA a déployé une nouvelle compagnie de casques bleus à Ménaka après"
                        + " les attaques contre les villages de la région, selon un communiqué de"
                        + " la mission publié à Bamako.",
                "published", "2021-06-15")
            + TestServer.jsonLine(
                "title", "Le retrait de la MINUSMA s'accélère",
                "text",
                    "Les derniers convois de la MINUSMA ont quitté le camp de Tessalit, a indiqué"
                        + " le porte-parole de la mission, qui prévoit la fermeture de la base de"
                        + " Gao avant la fin de l'année.",
                "published", "2023-03-02")
            + TestServer.jsonLine(
                "title", "Tombouctou : la MINUSMA remet l'aéroport",
                "text",
                    "À Tombouctou, la MINUSMA a remis l'aéroport et le camp attenant aux autorités"
                        + " maliennes lors d'une cérémonie en présence du gouverneur de la"
                        + " région.",
                "published", "2023-03-10")
            + TestServer.jsonLine(
                "title",
                "Communiqué de la MINUSMA sur le calendrier du départ",
                "text",
                "La MINUSMA rappelle que le calendrier de son départ a été arrêté avec le"
                    + " gouvernement de transition et invite les partenaires humanitaires à"
                    + " prendre leurs dispositions.")
            + TestServer.jsonLine(
                "title",
                "Bilan humanitaire dans la région de Mopti",
                "text",
                "Selon la MINUSMA, plus de trente mille personnes ont quitté leurs villages du"
                    + " cercle de Bandiagara, où les écoles restent fermées et les marchés"
                    + " tournent au ralenti."));
    harness.ingest("files:minusma", corpus).user("analyste", Role.EDITOR);
    base =
        harness.start(
            new WebServer(harness.store(), harness.access(AccessControl.Mode.PROTECTED))
                .withTopics(harness.archive().topics()));
    browser = BrowserIT.chromium(work);
    BrowserIT.signIn(browser, base, "analyste");
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

  static WebDriverWait waiting() {
    return new WebDriverWait(browser, java.time.Duration.ofSeconds(15));
  }

  /** The text of elements, shown or not (the bars' list hides behind the chart). */
  static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream()
        .map(e -> e.getAttribute("textContent").strip())
        .toList();
  }

  @Test
  void theSearchHistogramCountsUndatedDocumentsApartAndLinksToThem() {
    browser.get(base + "/?q=MINUSMA");
    waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.histogram")));
    assertThat(browser.findElement(By.cssSelector(".summary")).getText()).startsWith("5 documents");
    List<String> bars = texts("figure.histogram ol.bars li .label");
    assertThat(bars).isNotEmpty().noneMatch(l -> l.contains(TODAY_YEAR));
    assertThat(bars.getFirst()).contains("2021");
    assertThat(bars.getLast()).contains("2023");
    assertThat(
            texts("figure.histogram ol.bars li .count").stream().mapToInt(Integer::parseInt).sum())
        .isEqualTo(3);
    assertThat(browser.findElement(By.cssSelector("figure.histogram canvas, figure.histogram svg")))
        .as("the chart is drawn")
        .isNotNull();

    WebElement undated = browser.findElement(By.cssSelector("figure.histogram p.undated a"));
    assertThat(undated.getText()).isEqualTo("2 documents sans date");
    undated.click();
    waiting().until(ExpectedConditions.urlContains("sans-date"));
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".summary"), "2 documents"));
    assertThat(texts(".hit .date"))
        .hasSize(2)
        .allMatch(d -> d.startsWith("sans date (collecté le "));
  }

  @Test
  void theEntityChartLeavesUndatedDocumentsOffItsAxis() {
    browser.get(base + "/entities/organization/MINUSMA");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mentions")));
    assertThat(texts(".mentions ol.bars li .label"))
        .isNotEmpty()
        .noneMatch(l -> l.contains(TODAY_YEAR));
    assertThat(browser.findElement(By.cssSelector(".mentions p.undated a")).getText())
        .isEqualTo("2 documents sans date");
    browser.findElement(By.cssSelector(".mentions p.undated a")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".summary"), "2 documents"));
  }

  @Test
  void trendsPlaceOnlyDatedDocumentsAndListNoEmptyWeeks() {
    browser.get(base + "/trends?series=entity:MINUSMA&interval=week");
    waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.trend-table")));
    List<String> rows = texts("table.trend-table tbody th");
    assertThat(rows).hasSize(3).noneMatch(l -> l.contains(TODAY_YEAR));
    assertThat(texts("table.trend-table tbody td")).containsOnly("1");
    assertThat(browser.findElements(By.cssSelector("section.spikes"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("section.undated")).getText())
        .contains("MINUSMA : 2 documents sans date");
    browser.findElement(By.cssSelector("section.undated a")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".summary"), "2 documents"));
  }

  @Test
  void theArchiveCountsDatedAndUndatedDocumentsAndSkipsEmptyYears() {
    browser.get(base + "/archive");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.archive")));
    assertThat(browser.findElement(By.cssSelector("section.archive p.intro")).getText())
        .startsWith("3 documents datés, 2 sans date.");
    assertThat(texts("section.year h3 a")).containsExactly("2023", "2021");
    browser.findElement(By.cssSelector("section.archive p.intro a.undated")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".summary"), "2 documents"));
  }
}
