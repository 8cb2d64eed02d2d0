package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.archive.Archive;
import org.vigie.archive.catalog.SourceRegistry;
import org.vigie.archive.sources.KindCollectors;
import org.vigie.archive.sources.SourceRunner;
import org.vigie.archive.sources.SourceScheduler;
import org.vigie.collect.sources.CoverageReader;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.web.sources.SourcesPages;

/**
 * The browser steps of the sources page and the story timeline, kept apart from {@link BrowserIT}
 * (which calls them) so that its own steps stay readable: two IMPORT sources over fixture files,
 * run for real, seen on 10 March 2024.
 */
final class SourcesBrowserSteps {
  static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

  private SourcesBrowserSteps() {}

  @FunctionalInterface
  interface Shooter {
    void shoot(String name) throws IOException;
  }

  /** Registers and runs the fixture sources; the pages that show them. */
  static SourcesPages sources(TestServer harness) {
    Archive archive = harness.archive();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    SourceRegistry registry = archive.catalog().sources();
    registry.add(source("radio-kledu", "Radio Kledu", harness.fixture("sources/kledu"), 6), NOW);
    // registered three weeks before its last article's silence is seen: silent by now (a source
    // registered today with the same old articles would not be)
    registry.add(
        source("sahel-presse", "Sahel Presse", harness.fixture("stories/sahel-presse.jsonl"), 1),
        NOW.minus(Duration.ofDays(21)));
    SourceRunner runner = new SourceRunner(archive, KindCollectors.standard(clock), clock, 500);
    runner.run("radio-kledu", p -> {});
    runner.run("sahel-presse", p -> {});
    return new SourcesPages(
        registry,
        harness.closeLater(new SourceScheduler(runner, clock, 1)),
        new CoverageReader(archive.store()),
        clock);
  }

  private static Source source(String id, String name, Path path, int hours) {
    return new Source(
        id,
        name,
        SourceKind.IMPORT,
        path.toAbsolutePath().normalize().toString(),
        "ML",
        "fra",
        List.of("radio"),
        Duration.ofHours(hours),
        false,
        Map.of());
  }

  static void walk(String base, WebDriver browser, Shooter shooter) throws IOException {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get(base + "/sources?lang=fr");
    wait.until(ExpectedConditions.attributeToBe(By.id("coverage-chart"), "data-drawn", "true"));
    assertThat(browser.findElements(By.cssSelector("#coverage-chart canvas"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("tr[data-source=sahel-presse] .badge")).getText())
        .isEqualTo("silencieuse");
    shooter.shoot("6-sources");

    browser.findElement(By.cssSelector("tr[data-source=radio-kledu] a")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("coverage-chart"), "data-drawn", "true"));
    assertThat(browser.findElement(By.cssSelector(".run-table tbody")).getText())
        .contains("terminée");
    shooter.shoot("7-source");

    browser.get(base + "/stories");
    browser.findElement(By.cssSelector("ul.story-list li a")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("story-chart"), "data-drawn", "true"));
    assertThat(browser.findElements(By.cssSelector("#story-chart canvas"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("ol.timeline .timeline-source"))).hasSize(3);
    shooter.shoot("8-story-timeline");
  }
}
