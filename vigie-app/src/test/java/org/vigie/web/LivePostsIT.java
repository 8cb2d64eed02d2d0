package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.Stages;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.live.LiveLedger;
import org.vigie.collect.live.LiveMark;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.Account;
import org.vigie.document.ContentId;
import org.vigie.document.DocumentJson;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;
import org.vigie.web.access.AccessControl;

/**
 * A post a live source saw twice and then no longer: its page says when it was removed and lists
 * its counts over time; {@code /api/documents/{id}/engagement} gives the same as JSON.
 */
class LivePostsIT {
  static final String TEXT = "Gao : reprise des cours lundi dans toutes les écoles.";

  @TempDir Path work;
  private TestServer harness;

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void theDocumentPageShowsTheRemovalAndTheEngagementHistory() throws Exception {
    harness = TestServer.open(work);
    var archive = harness.archive();
    Account channel = new Account("telegram", null, "sahelinfo", "Sahel Info", null);
    PostMetadata post =
        new PostMetadata(
            "telegram",
            "sahelinfo/1201",
            channel,
            new Engagement(1200L, null, null, null),
            List.of(),
            "2024-11-01T09:12:45Z",
            null);
    RawDocument raw =
        new RawDocument(
            "t.me/s/sahelinfo#1201",
            "sahel",
            "https://t.me/sahelinfo/1201",
            Instant.now(),
            RawDocument.TEXT,
            "UTF-8",
            TEXT.getBytes(StandardCharsets.UTF_8),
            Map.of(),
            post);
    String id = ContentId.ofPost("telegram", "sahelinfo", "sahelinfo/1201", TEXT);
    archive
        .catalog()
        .sources()
        .add(
            new Source(
                "sahel",
                "Sahel Info",
                SourceKind.TELEGRAM,
                "@sahelinfo",
                "ML",
                "fra",
                List.of(),
                Duration.ofHours(1),
                false,
                Map.of()),
            Clock.systemUTC().instant());
    new Ingester(Stages.standard(), archive.writer(), 1, 60_000)
        .ingest((sink, p) -> sink.accept(raw), p -> {});
    LiveLedger ledger = archive.catalog().live().ledger("sahel");
    String position = "00000000000000001201";
    Instant first = Instant.parse("2026-12-01T08:00:00Z");
    ledger.sighted(
        new LiveLedger.Sighting(
            "telegram", "sahelinfo/1201", position, null, id, post.engagement()),
        first);
    ledger.committed(List.of("sahelinfo/1201"), new LiveMark(position, null, null));
    ledger.sighted(
        new LiveLedger.Sighting(
            "telegram",
            "sahelinfo/1201",
            position,
            null,
            id,
            new Engagement(5400L, null, null, null)),
        first.plus(Duration.ofHours(1)));
    ledger.markRemoved("sahelinfo/1201", first.plus(Duration.ofHours(2)));

    String base =
        harness.start(
            new WebServer(harness.store(), harness.access(AccessControl.Mode.PUBLIC))
                .withLive(archive.catalog().live()));
    WebClient client = new WebClient(base);
    HttpResponse<String> page = client.get("/documents/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("p.removed").text())
        .startsWith("Supprimé de la chaîne le")
        .contains("sahel");
    assertThat(html.select(".engagement li")).hasSize(2);
    assertThat(html.select(".engagement li").last().text()).contains("5").contains("vues");

    HttpResponse<String> api = client.get("/api/documents/" + id + "/engagement");
    assertThat(api.statusCode()).isEqualTo(200);
    JsonNode json = DocumentJson.mapper().readTree(api.body());
    assertThat(json.get("engagementHistory")).hasSize(2);
    assertThat(json.get("engagementHistory").get(1).get("views").asLong()).isEqualTo(5400);
    assertThat(json.at("/removed/source").asText()).isEqualTo("sahel");
    assertThat(client.get("/api/documents/0000/engagement").statusCode()).isEqualTo(404);
  }
}
