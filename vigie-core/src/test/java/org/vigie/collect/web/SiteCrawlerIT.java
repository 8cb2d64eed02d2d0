package org.vigie.collect.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.collect.fetch.InMemoryFetchMemory;
import org.vigie.collect.fetch.TestWebServer;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/**
 * A polite crawl of a small site on a local HTTP server whose robots.txt disallows {@code /prive/}
 * and asks for a one-second crawl delay.
 */
class SiteCrawlerIT {
  private TestWebServer server;
  private final InMemoryFetchMemory memory = new InMemoryFetchMemory();

  @BeforeEach
  void start() throws Exception {
    server = new TestWebServer("fetch/site");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Source site() {
    return WebSources.source("journal-segou", SourceKind.SITE, server.url("/"), Map.of());
  }

  @Test
  void obeysRobotsTxtRespectsTheCrawlDelayAndStaysOnTheSite() {
    CollectedSink sink = WebSources.run(site(), memory);

    List<String> paths = server.hits().stream().map(TestWebServer.Hit::path).toList();
    assertThat(paths)
        .containsExactly(
            "/robots.txt",
            "/",
            "/rubrique/politique.html",
            "/rubrique/societe.html",
            "/articles/conseil-communal.html",
            "/articles/festival-niger.html",
            "/articles/conseil-communal-imprimer.html");
    assertThat(paths).noneMatch(p -> p.startsWith("/prive/"));
    assertThat(sink.errors(ErrorCause.ROBOTS_DISALLOWED))
        .allMatch(e -> !e.fatal())
        .extracting(IngestError::origin)
        .containsExactlyInAnyOrder(
            server.url("/prive/brouillons.html"), server.url("/prive/notes.html"));
    List<TestWebServer.Hit> hits = server.hits();
    for (int i = 1; i < hits.size(); i++) {
      Duration gap = Duration.ofNanos(hits.get(i).nanoTime() - hits.get(i - 1).nanoTime());
      assertThat(gap)
          .as("gap before %s", hits.get(i).path())
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void deliversPagesUnderTheirCanonicalAddressOnceAndNotTheFrontPage() {
    CollectedSink sink = WebSources.run(site(), memory);

    assertThat(sink.urls())
        .containsExactly(
            server.url("/rubrique/politique.html"),
            server.url("/rubrique/societe.html"),
            server.url("/articles/conseil-communal.html"),
            server.url("/articles/festival-niger.html"));
    assertThat(sink.errors).allMatch(e -> e.cause() == ErrorCause.ROBOTS_DISALLOWED);
  }

  @Test
  void aSecondCrawlOfAnUnchangedSiteIsAnswered304AndDeliversNothing() {
    Source quick =
        WebSources.source(
            "journal-segou", SourceKind.SITE, server.url("/"), Map.of(WebOptions.MAX_DEPTH, "1"));
    CollectedSink first = WebSources.run(quick, memory);
    int before = server.hits().size();

    CollectedSink second = WebSources.run(quick, memory);

    assertThat(first.documents).hasSize(4);
    assertThat(second.documents).isEmpty();
    List<TestWebServer.Hit> again = server.hits().subList(before, server.hits().size());
    assertThat(again).extracting(TestWebServer.Hit::path).containsExactly("/robots.txt", "/");
    assertThat(again.get(1).status()).isEqualTo(304);
  }
}
