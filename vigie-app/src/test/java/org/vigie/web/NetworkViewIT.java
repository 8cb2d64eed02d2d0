package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.analysis.Stages;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.FieldMapping;
import org.vigie.collect.platform.JsonlExport;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;

/**
 * The influence page's network view with 5 000 accounts in Chromium: a JSON-lines export of 12 000
 * posts whose forwards follow a heavy-tailed popularity (written here, seeded), ranked and drawn;
 * the first render time is written to the test's log (not asserted: a timing depends on the
 * machine), and the view is checked to hold every ranked account up to 5 000.
 */
class NetworkViewIT {
  private static final int ACCOUNTS = 5_000;
  private static final int POSTS = 12_000;
  @TempDir static Path work;
  static TestServer harness;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    harness = TestServer.open(work);
    Archive archive = harness.archive();
    Path export = work.resolve("forwards.jsonl");
    Random random = new Random(5);
    try (BufferedWriter w = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
      for (int i = 0; i < POSTS; i++) {
        int author = i % ACCOUNTS;
        // a Zipf-like choice: a few accounts are forwarded very often, most rarely
        int source =
            (int) Math.min(ACCOUNTS - 1, Math.floor(Math.pow(random.nextDouble(), 3) * ACCOUNTS));
        if (source == author) {
          source = (source + 1) % ACCOUNTS;
        }
        var line = DocumentJson.mapper().createObjectNode();
        line.putObject("post")
            .put("id", "p" + i)
            .put("created", "2024-03-" + String.format("%02d", 1 + i % 28) + "T10:00:00Z")
            .put(
                "body",
                "Publication "
                    + i
                    + " relayée depuis le compte "
                    + source
                    + " au sujet du marché.");
        line.putObject("author").put("handle", "compte_" + author);
        line.put("forwarded", "compte_" + source);
        w.write(line.toString());
        w.write('\n');
      }
    }
    FieldMapping mapping =
        FieldMapping.parse(
            List.of(
                "text=post.body",
                "id=post.id",
                "published=post.created",
                "account.handle=author.handle",
                "forwarded_from=forwarded"));
    new Ingester(Stages.standard(), archive.writer(), 2, 60_000)
        .ingest(
            new ExportCollector(
                PlatformFormat.JSONL,
                new JsonlExport(mapping, "telegram"),
                List.of(export),
                "import:test",
                Clock.systemUTC()),
            p -> {});
    archive.store().commit();
    harness.user("analyste", Role.ANALYST);
    base =
        harness.start(
            new WebServer(archive.store(), harness.access(AccessControl.Mode.PROTECTED))
                .withAccounts(archive.accounts())
                .withInfluence(archive.influence()));
  }

  @AfterAll
  static void stop() {
    if (harness != null) {
      harness.close();
    }
  }

  @Test
  void fiveThousandAccountsAreDrawnAndTheRenderTimeIsLogged() throws Exception {
    assumeTrue(
        Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    WebDriver browser = BrowserIT.chromium(work.resolve("browser"));
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
      BrowserIT.signIn(browser, base, "analyste");
      browser.get(base + "/influence?from=2024-03-01&to=2024-03-31&graph=amplification");
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.influence-ranking")));
      WebElement network =
          wait.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("#network[data-drawn], #network[data-error]")));
      assertThat(network.getAttribute("data-error")).isNull();
      int drawn = Integer.parseInt(network.getAttribute("data-drawn"));
      System.out.println(
          "NetworkViewIT: network view of "
              + drawn
              + " accounts: data fetched and parsed in "
              + network.getAttribute("data-fetch-ms")
              + " ms, first render "
              + network.getAttribute("data-render-ms")
              + " ms in Chromium on this machine");
      assertThat(drawn).isEqualTo(ACCOUNTS);
    } finally {
      browser.quit();
    }
  }
}
