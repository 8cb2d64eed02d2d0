package org.vigie.collect.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.collect.CollectProgress;
import org.vigie.collect.fetch.InMemoryFetchMemory;
import org.vigie.collect.fetch.TestWebServer;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/** Feeds read from a local HTTP server: RSS 2.0, Atom, RSS 1.0, conditional polling. */
class FeedCollectorIT {
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

  private Source feed(String path) {
    return WebSources.source("studio-sahel", SourceKind.FEED, server.url(path), Map.of());
  }

  @Test
  void rss2EntriesBecomeTheirArticlePagesWithTheEntryHints() {
    CollectedSink sink = WebSources.run(feed("/feeds/studio-sahel.rss"), memory);

    assertThat(sink.urls())
        .containsExactly(
            server.url("/pages/mopti-marches-betail.html"),
            server.url("/pages/segou-radio-jeunes.html"),
            server.url("/pages/absente-tombouctou.html"));
    RawDocument mopti = sink.documents.get(0);
    assertThat(mopti.isHtml()).isTrue();
    assertThat(mopti.sourceId()).isEqualTo("studio-sahel");
    assertThat(new String(mopti.content(), StandardCharsets.UTF_8))
        .contains("Nos animaux maigrissent");
    assertThat(mopti.hints())
        .containsEntry(
            RawDocument.Hint.TITLE,
            "Mopti : les éleveurs attendent la réouverture des marchés à bétail")
        .containsEntry(RawDocument.Hint.AUTHOR, "Aminata Traoré")
        .containsEntry(RawDocument.Hint.PUBLISHED, "2026-11-16T08:30:00Z")
        .containsEntry(RawDocument.Hint.SITE, "Studio Sahel Info")
        .containsEntry(RawDocument.Hint.LANGUAGE, "fra");
    // the tracking parameters of the entry's link were dropped before fetching
    assertThat(server.hits())
        .extracting(TestWebServer.Hit::path)
        .contains("/pages/mopti-marches-betail.html");
  }

  @Test
  void whenTheArticlePageCannotBeFetchedTheEntryTextIsUsedWithAWarning() {
    CollectedSink sink = WebSources.run(feed("/feeds/studio-sahel.rss"), memory);

    RawDocument tombouctou = sink.documents.get(2);
    assertThat(tombouctou.origin()).isEqualTo(server.url("/pages/absente-tombouctou.html"));
    assertThat(new String(tombouctou.content(), StandardCharsets.UTF_8))
        .contains("Nous avons besoin d'au moins deux vols par semaine")
        .contains("<title>Tombouctou : la saison touristique reportée</title>");
    assertThat(tombouctou.hints()).containsEntry(RawDocument.Hint.AUTHOR, "Fatoumata Maïga");
    IngestError warning = sink.errors.get(0);
    assertThat(sink.errors).hasSize(1);
    assertThat(warning.fatal()).isFalse();
    assertThat(warning.cause()).isEqualTo(ErrorCause.HTTP_STATUS);
    assertThat(warning.message()).contains("HTTP 404").contains("the feed entry's text is used");
  }

  @Test
  void aHomePageGivenAsAFeedIsToldAsAWebPageWithTheFeedsItAnnounces() {
    CollectedSink sink = WebSources.run(feed("/pages/accueil-studio-sahel.html"), memory);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors).hasSize(1);
    IngestError error = sink.errors.getFirst();
    assertThat(error.cause()).isEqualTo(ErrorCause.MALFORMED_RECORD);
    assertThat(error.message())
        .startsWith(
            "c'est une page web, pas un flux ; elle annonce les flux "
                + server.url("/feeds/studio-sahel.rss")
                + ", "
                + server.url("/feeds/studio-sahel.atom"))
        .contains("vigie source edit ID --url " + server.url("/feeds/studio-sahel.rss"));
  }

  @Test
  void aSecondPollOfAnUnchangedFeedIsAnswered304AndYieldsNothingNew() {
    Source source = feed("/feeds/studio-sahel.rss");
    CollectedSink first = WebSources.run(source, memory);
    int hitsAfterFirst = server.hits().size();

    CollectedSink second = WebSources.run(source, memory);

    assertThat(first.documents).hasSize(3);
    assertThat(second.documents).isEmpty();
    assertThat(second.errors).isEmpty();
    List<TestWebServer.Hit> feedHits = server.hits("/feeds/studio-sahel.rss");
    assertThat(feedHits).hasSize(2);
    assertThat(feedHits.get(1).header("If-none-match")).isNotNull();
    assertThat(feedHits.get(1).status()).isEqualTo(304);
    // the second run asked for robots.txt and the feed only: no article page again
    assertThat(server.hits().subList(hitsAfterFirst, server.hits().size()))
        .extracting(TestWebServer.Hit::path)
        .containsExactly("/robots.txt", "/feeds/studio-sahel.rss");
  }

  @Test
  void entriesAlreadySeenAreNotFetchedAgainWhenTheFeedChanges() {
    // a feed whose validators are unknown (first run) but whose entries were collected before
    Source rss = feed("/feeds/studio-sahel.rss");
    WebSources.run(rss, memory);
    Source sameEntriesOtherFeed =
        WebSources.source(
            "studio-sahel", SourceKind.FEED, server.url("/gzip/feeds/studio-sahel.rss"), Map.of());

    CollectedSink again = WebSources.run(sameEntriesOtherFeed, memory);

    assertThat(again.documents).isEmpty();
    assertThat(server.hits("/pages/mopti-marches-betail.html")).hasSize(1);
  }

  @Test
  void atomEntriesCarryAuthorAndPublicationDate() {
    CollectedSink sink = WebSources.run(feed("/feeds/bamako-direct.atom"), memory);

    assertThat(sink.errors).isEmpty();
    assertThat(sink.urls())
        .containsExactly(
            server.url("/pages/lafiabougou-marigot.html"),
            server.url("/pages/kati-enseignants.html"));
    assertThat(sink.documents.get(1).hints())
        .containsEntry(RawDocument.Hint.AUTHOR, "Ibrahim Sangaré")
        .containsEntry(RawDocument.Hint.PUBLISHED, "2026-11-15T16:20:00Z")
        .containsEntry(RawDocument.Hint.SITE, "Bamako Direct");
  }

  @Test
  void rss1EntriesAreReadToo() {
    CollectedSink sink = WebSources.run(feed("/feeds/radio-kayes.rdf"), memory);

    assertThat(sink.errors).isEmpty();
    assertThat(sink.urls()).containsExactly(server.url("/pages/kayes-orpaillage.html"));
    assertThat(sink.documents.get(0).hints())
        .containsEntry(
            RawDocument.Hint.TITLE,
            "Kayes : la saison de l'orpaillage inquiète les parents d'élèves")
        .containsEntry(RawDocument.Hint.AUTHOR, "Boubacar Sissoko")
        .containsEntry(RawDocument.Hint.PUBLISHED, "2026-11-14T12:00:00Z");
  }

  @Test
  void aPageThatIsNotAFeedIsOneMalformedRecordError() {
    CollectedSink sink = WebSources.run(feed("/pages/kati-enseignants.html"), memory);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.cause()).isEqualTo(ErrorCause.MALFORMED_RECORD);
              assertThat(e.origin()).isEqualTo(server.url("/pages/kati-enseignants.html"));
            });
  }

  @Test
  void aFeedOnLoopbackIsRefusedWithoutTheAllowance() {
    Source closed =
        new Source(
            "studio-sahel",
            "Studio Sahel",
            SourceKind.FEED,
            server.url("/feeds/studio-sahel.rss"),
            null,
            null,
            List.of(),
            null,
            false,
            Map.of());

    CollectedSink sink = WebSources.run(closed, memory);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors)
        .extracting(IngestError::cause)
        .containsExactly(ErrorCause.FORBIDDEN_ADDRESS);
    assertThat(server.hits()).isEmpty();
  }

  @Test
  void progressCountsTheFeedAndItsEntries() {
    List<CollectProgress.Progress> seen = new ArrayList<>();
    new WebSourceCollectors()
        .collector(feed("/feeds/bamako-direct.atom"), memory)
        .collect(new CollectedSink(), seen::add);

    assertThat(seen.get(seen.size() - 1).filesDone()).isEqualTo(3);
    assertThat(seen.get(seen.size() - 1).finished()).isTrue();
  }
}
