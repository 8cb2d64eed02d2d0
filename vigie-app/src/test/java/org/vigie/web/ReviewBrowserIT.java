package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.archive.access.Role;
import org.vigie.archive.review.ReviewFilter;
import org.vigie.archive.review.ReviewItem;
import org.vigie.archive.review.ReviewStatus;
import org.vigie.web.access.AccessControl;

/**
 * The review queue in a real browser over an archive ingested through the real pipeline (a hostile
 * post, an article quoting the same words said by a named man, a neutral article): the flagged post
 * appears in the queue, alone; an analyst confirms it with a comment; the audit trail shows who did
 * it, from which status to which, with the comment; a viewer reads the item but has no form and is
 * refused when she posts a decision anyway.
 */
class ReviewBrowserIT {
  @TempDir static Path work;
  static TestServer harness;
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    harness = TestServer.open(work);
    harness.ingest("files:harm", harness.fixture("harm/harm-corpus.jsonl"));
    harness.user("analyste", Role.ANALYST).user("lectrice", Role.VIEWER);
    base =
        harness.start(
            new WebServer(harness.store(), harness.access(AccessControl.Mode.PROTECTED))
                .withReview(harness.archive().review()));
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
  }

  /** A picture of the page for people checking the layout: target/screenshots/NAME.png. */
  private static void shoot(String name) throws java.io.IOException {
    Files.createDirectories(BrowserIT.SHOTS);
    byte[] png =
        ((org.openqa.selenium.TakesScreenshot) browser)
            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    Files.write(BrowserIT.SHOTS.resolve(name + ".png"), png);
  }

  @Test
  void aFlaggedPostIsConfirmedWithACommentAuditedAndAViewerCannotChangeIt() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    BrowserIT.signIn(browser, base, "analyste");
    browser.findElement(By.cssSelector("header.top a.nav[href='/review']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.review-list")));
    List<WebElement> rows = browser.findElements(By.cssSelector("table.review-list tbody tr"));
    assertThat(rows)
        .as("the hostile post, and not the article reporting the same words")
        .hasSize(1);
    assertThat(rows.getFirst().getText())
        .startsWith("Les Peuls sont tous des terroristes")
        .contains("Peuls", "à traiter");

    rows.getFirst().findElement(By.cssSelector("a.review-item")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.review-form")));
    assertThat(browser.findElements(By.cssSelector(".review-text mark.evidence"))).isNotEmpty();
    String itemUrl = browser.getCurrentUrl();
    new Select(browser.findElement(By.id("review-status"))).selectByVisibleText("confirmé");
    browser
        .findElement(By.id("review-comment"))
        .sendKeys("Appel explicite à chasser les Peuls du village.");
    browser.findElement(By.cssSelector("form.review-form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.message")));
    assertThat(browser.findElement(By.cssSelector("p.message")).getText())
        .isEqualTo("Décision enregistrée.");
    assertThat(browser.findElement(By.cssSelector("dd.status")).getText()).isEqualTo("confirmé");
    assertThat(browser.findElement(By.cssSelector(".review-comments")).getText())
        .contains("analyste", "Appel explicite à chasser les Peuls du village.");
    List<WebElement> trail = browser.findElements(By.cssSelector("table.audit-trail tbody tr"));
    assertThat(trail).hasSize(2);
    assertThat(trail.get(0).getText()).contains("vigie", "signalé", "à traiter");
    assertThat(trail.get(1).getText())
        .contains(
            "analyste",
            "statut",
            "à traiter",
            "confirmé",
            "Appel explicite à chasser les Peuls du village.");
    assertThat(browser.findElement(By.cssSelector("p.trail-check")).getText())
        .startsWith("Historique intact");
    shoot("review-item");

    browser.findElement(By.cssSelector("a.document")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.review-link a")));
    assertThat(browser.findElement(By.cssSelector("p.review-link a")).getText())
        .isEqualTo("Dans la file de revue : confirmé");
    assertThat(browser.findElement(By.cssSelector("p.review-link a")).getAttribute("href"))
        .isEqualTo(itemUrl);

    browser.get(base + "/review/precision");
    wait.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector(".review-precision .chart"), "data-drawn", "true"));
    shoot("review-precision");
    assertThat(browser.findElement(By.cssSelector("table.precision-table tbody tr")).getText())
        .endsWith("1 0 100 %");
    WebClient analyst = harness.signedIn("analyste");
    HttpResponse<String> decisions = analyst.get("/api/review/decisions");
    assertThat(decisions.statusCode()).isEqualTo(200);
    assertThat(decisions.body().lines().toList())
        .singleElement()
        .asString()
        .contains(
            "\"hostile\":true", "\"reviewer\":\"analyste\"", "Les Peuls sont tous des terroristes");

    browser.manage().deleteAllCookies();
    BrowserIT.signIn(browser, base, "lectrice");
    browser.get(itemUrl);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.audit-trail")));
    assertThat(browser.findElements(By.cssSelector("form.review-form"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("dd.status")).getText()).isEqualTo("confirmé");
    assertThat(browser.findElements(By.cssSelector("table.audit-trail tbody tr"))).hasSize(2);

    ReviewItem item = harness.archive().review().list(ReviewFilter.ALL).getFirst();
    WebClient viewer = harness.signedIn("lectrice");
    String csrf = viewer.csrf();
    HttpResponse<String> form =
        viewer.post(
            "/review/" + item.id(),
            Map.of("status", "ecarte", "comment", "Je ne suis pas d’accord.", "_csrf", csrf));
    assertThat(form.statusCode()).isEqualTo(403);
    HttpResponse<String> api =
        viewer.send(
            "POST", "/api/review/" + item.id(), "{\"status\": \"ecarte\"}", "X-CSRF-Token", csrf);
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(viewer.get("/api/review/decisions").statusCode()).isEqualTo(403);
    assertThat(harness.archive().review().get(item.id()).orElseThrow().status())
        .isEqualTo(ReviewStatus.CONFIRME);
    assertThat(harness.archive().review().audit().history(item.id())).hasSize(2);
  }
}
