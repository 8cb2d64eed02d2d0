package org.vigie.collect.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.collect.fetch.InMemoryFetchMemory;
import org.vigie.collect.fetch.TestWebServer;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.ErrorCause;
import org.vigie.document.RawDocument;

/** A news sitemap index with two child sitemaps (one gzipped), from a local HTTP server. */
class SitemapCollectorIT {
  private TestWebServer server;
  private final InMemoryFetchMemory memory = new InMemoryFetchMemory();

  @BeforeEach
  void start() throws Exception {
    server = new TestWebServer("fetch");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Source sitemap(Map<String, String> options) {
    return WebSources.source(
        "republicain-nord", SourceKind.SITEMAP, server.url("/sitemaps/news-index.xml"), options);
  }

  @Test
  void aNewsSitemapIndexYieldsThePagesOfBothChildrenWithNewsHints() {
    CollectedSink sink = WebSources.run(sitemap(Map.of()), memory);

    assertThat(sink.errors).isEmpty();
    assertThat(sink.urls())
        .containsExactly(
            server.url("/pages/gao-cartes-electeurs.html"),
            server.url("/pages/sikasso-coton.html"),
            server.url("/pages/kayes-orpaillage.html"));
    assertThat(sink.documents.get(0).hints())
        .containsEntry(
            RawDocument.Hint.TITLE,
            "Gao : la distribution des cartes d'électeur prolongée de dix jours")
        .containsEntry(RawDocument.Hint.PUBLISHED, "2026-11-13T09:00:00Z")
        .containsEntry(RawDocument.Hint.SITE, "Le Républicain du Nord");
    // the gzipped child sitemap was read
    assertThat(sink.documents.get(2).hints())
        .containsEntry(
            RawDocument.Hint.TITLE, "Kayes : l'orpaillage vide les classes du cercle de Kéniéba");
    assertThat(server.hits())
        .extracting(TestWebServer.Hit::path)
        .containsExactly(
            "/robots.txt",
            "/sitemaps/news-index.xml",
            "/sitemaps/news-1.xml",
            "/pages/gao-cartes-electeurs.html",
            "/pages/sikasso-coton.html",
            "/sitemaps/news-2.xml.gz",
            "/pages/kayes-orpaillage.html");
  }

  @Test
  void aSecondRunOfAnUnchangedSitemapFetchesNothingNew() {
    WebSources.run(sitemap(Map.of()), memory);
    int before = server.hits().size();

    CollectedSink second = WebSources.run(sitemap(Map.of()), memory);

    assertThat(second.documents).isEmpty();
    assertThat(server.hits().subList(before, server.hits().size()))
        .extracting(TestWebServer.Hit::path)
        .containsExactly("/robots.txt", "/sitemaps/news-index.xml");
    assertThat(server.hits("/sitemaps/news-index.xml").get(1).status()).isEqualTo(304);
  }

  @Test
  void thePageLimitStopsTheRunWithAWarningAndTheRestComesNextTime() {
    CollectedSink first = WebSources.run(sitemap(Map.of(WebOptions.MAX_PAGES, "2")), memory);

    assertThat(first.documents).hasSize(2);
    assertThat(first.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.fatal()).isFalse();
              assertThat(e.message()).contains("page limit of 2");
            });
    assertThat(first.errors(ErrorCause.TOO_LARGE)).hasSize(1);
  }
}
