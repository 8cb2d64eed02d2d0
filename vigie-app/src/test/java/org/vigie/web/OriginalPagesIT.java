package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.archive.sources.KindCollectors;
import org.vigie.archive.sources.SourceRunner;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.collect.web.WebSourceCollectors;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ArchivedCopy;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;

/**
 * The archived original of a collected page: a feed source is collected from a local HTTP server
 * into an archive with a WARC folder, and its article's original is shown inert, downloadable as a
 * WARC record, and refused when its stored location is unknown, gone or outside the data folder.
 */
class OriginalPagesIT {
  @TempDir static Path work;
  static HttpServer site;
  static String articleUrl;
  static Path fixtures;
  static TestServer harness;
  static Archive archive;
  static WebClient client;
  static String id;

  @BeforeAll
  static void start() throws Exception {
    harness = TestServer.open(work);
    archive = harness.archive();
    fixtures = harness.fixture("original");
    site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String origin = "http://127.0.0.1:" + site.getAddress().getPort();
    articleUrl = origin + "/2024/09/segou-crue.html";
    byte[] feed =
        Files.readString(fixtures.resolve("feed.xml"))
            .replace("ARTICLE_URL", articleUrl)
            .getBytes(StandardCharsets.UTF_8);
    byte[] article = Files.readAllBytes(fixtures.resolve("article.html"));
    site.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          byte[] body =
              switch (path) {
                case "/feed.xml" -> feed;
                case "/2024/09/segou-crue.html" -> article;
                default -> null;
              };
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange
                .getResponseHeaders()
                .add(
                    "Content-Type",
                    path.endsWith(".xml")
                        ? "application/rss+xml; charset=utf-8"
                        : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    site.start();

    Clock clock = Clock.systemUTC();
    archive
        .catalog()
        .sources()
        .add(
            new Source(
                "veilleur-segou",
                "Le Veilleur de Ségou",
                SourceKind.FEED,
                origin + "/feed.xml",
                "ML",
                "fra",
                List.of(),
                Duration.ofDays(1),
                true,
                Map.of("delayMs", "0")),
            clock.instant());
    SourceRunner runner =
        new SourceRunner(
            archive,
            KindCollectors.standard(clock)
                .with(
                    List.of(SourceKind.FEED, SourceKind.SITEMAP, SourceKind.SITE),
                    new WebSourceCollectors(
                        FetchSettings.DEFAULTS, archive.folder().resolve("warc"), clock)),
            clock,
            500);
    SourceRunner.Result result = runner.run("veilleur-segou", p -> {});
    assertThat(result.succeeded()).as(result.toString()).isTrue();

    harness.user("lectrice", Role.VIEWER);
    harness.start(
        new WebServer(archive.store(), harness.access(AccessControl.Mode.PROTECTED))
            .withOriginals(archive.folder()));
    client = harness.signedIn("lectrice");
    JsonNode hits =
        DocumentJson.mapper()
            .readTree(client.get("/api/search?q=mara%C3%AEchers").body())
            .path("hits");
    assertThat(hits).hasSize(1);
    id = hits.get(0).path("id").asText();
  }

  @AfterAll
  static void stop() {
    if (harness != null) {
      harness.close();
    }
    site.stop(0);
  }

  @Test
  void theDocumentKeepsWhereItsResponseRecordLies() throws Exception {
    JsonNode archived =
        DocumentJson.mapper().readTree(client.get("/api/documents/" + id).body()).path("archived");
    assertThat(archived.path("file").asText())
        .startsWith("warc/veilleur-segou/veilleur-segou-")
        .endsWith(".warc.gz");
    assertThat(archived.path("offset").isNumber()).isTrue();
    assertThat(archived.path("offset").asLong()).isPositive();
    assertThat(archived.path("uri").asText()).isEqualTo(articleUrl);
    assertThat(archived.path("digest").asText()).startsWith("sha1:");
    assertThat(archived.path("date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void theDocumentPageLinksToItsArchivedOriginalInEitherLanguage() throws Exception {
    Element fr = page("/documents/" + id).selectFirst("p.archived a");
    assertThat(fr).isNotNull();
    assertThat(fr.attr("href")).isEqualTo("/documents/" + id + "/original");
    assertThat(fr.text()).startsWith("Original archivé le ").endsWith("UTC");
    Element en = page("/documents/" + id + "?lang=en").selectFirst("p.archived a");
    assertThat(en.text()).startsWith("Original archived on ");
  }

  @Test
  void theOriginalIsShownAsTextAndNeverRuns() throws Exception {
    HttpResponse<String> response = client.get("/documents/" + id + "/original");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    Document doc = Jsoup.parse(response.body());
    for (Element script : doc.select("script")) {
      assertThat(script.hasAttr("src")).as(script.outerHtml()).isTrue();
      assertThat(script.data()).isEmpty();
    }
    assertThat(doc.select("[onclick]")).isEmpty();
    assertThat(doc.select("h1:contains(Crue du Niger)")).isEmpty();
    assertThat(doc.selectFirst("pre.original-body").wholeText())
        .contains("<script>alert(1)</script>")
        .contains("<p onclick=\"alert(2)\">Les maraîchers demandent des semences");
    assertThat(doc.selectFirst("pre.original-headers").wholeText())
        .startsWith("HTTP/1.1 200 OK")
        .containsIgnoringCase("content-type: text/html; charset=utf-8");
    String about = doc.select(".archived-original dl").text();
    assertThat(about).contains(articleUrl).contains("sha1:").contains("UTC");
    Element download = doc.selectFirst("a.download");
    assertThat(download.attr("href")).isEqualTo("/documents/" + id + "/original.warc");
    assertThat(download.text()).isEqualTo("Télécharger l’enregistrement WARC");

    Document en = page("/documents/" + id + "/original?lang=en");
    assertThat(en.selectFirst("a.download").text()).isEqualTo("Download the WARC record");
  }

  @Test
  void theDownloadIsTheWarcRecordOfTheArticle() throws Exception {
    HttpResponse<byte[]> response =
        client.http.send(
            HttpRequest.newBuilder(URI.create(client.base + "/documents/" + id + "/original.warc"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/warc");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains(id + ".warc");
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(response.body()))) {
      WarcRecord record = reader.next().orElseThrow();
      assertThat(record).isInstanceOf(WarcResponse.class);
      WarcResponse warc = (WarcResponse) record;
      assertThat(warc.target()).isEqualTo(articleUrl);
      assertThat(new String(warc.http().body().stream().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(fixtures.resolve("article.html")));
      assertThat(reader.next()).isEmpty();
    }
  }

  @Test
  void anAnonymousReaderGetsNeitherPageNorRecord() throws Exception {
    WebClient anonymous = new WebClient(client.base);
    for (String path : List.of("/original", "/original.warc")) {
      HttpResponse<String> r = anonymous.get("/documents/" + id + path);
      assertThat(r.statusCode()).as(path).isIn(302, 401);
      assertThat(r.body()).doesNotContain("alert(1)");
    }
  }

  @Test
  void anUnknownDocumentHasNoOriginal() throws Exception {
    assertThat(client.get("/documents/0123abcd/original").statusCode()).isEqualTo(404);
    assertThat(client.get("/documents/0123abcd/original.warc").statusCode()).isEqualTo(404);
    assertThat(client.get("/documents/..%2F..%2Fetc/original").statusCode()).isEqualTo(404);
  }

  @Test
  void aTamperedOrMissingPathIsRefused() throws Exception {
    AnalyzedDocument doc = archive.store().get(id).orElseThrow();
    ArchivedCopy real = doc.archived();
    Path outside = work.resolve("outside.warc.gz");
    Files.copy(archive.folder().resolve(real.file()), outside);
    String escaped = storeCopy("0000aa01", doc, "warc/../../outside.warc.gz", real);
    String absolute = storeCopy("0000aa02", doc, outside.toAbsolutePath().toString(), real);
    String notWarc = storeCopy("0000aa03", doc, "vigie.db", real);
    String gone = storeCopy("0000aa04", doc, "warc/veilleur-segou/gone.warc.gz", real);

    for (String tampered : List.of(escaped, absolute, notWarc)) {
      HttpResponse<String> page = client.get("/documents/" + tampered + "/original");
      assertThat(page.statusCode()).as(tampered).isEqualTo(403);
      assertThat(Jsoup.parse(page.body()).select(".error").text())
          .contains("Chemin d’archive refusé");
      assertThat(page.body()).doesNotContain("segou-crue");
      assertThat(client.get("/documents/" + tampered + "/original.warc").statusCode())
          .isEqualTo(403);
    }
    HttpResponse<String> missing = client.get("/documents/" + gone + "/original");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(missing.body()).select(".error").text()).contains("n’existe plus");
  }

  /** Stores a copy of {@code doc} under {@code newId} whose archived file is {@code file}. */
  private static String storeCopy(String newId, AnalyzedDocument doc, String file, ArchivedCopy a) {
    archive
        .writer()
        .add(
            doc.toBuilder()
                .id(newId)
                .archived(new ArchivedCopy(file, a.offset(), a.date(), a.uri(), a.digest()))
                .build());
    archive.store().commit();
    return newId;
  }

  private static Document page(String path) throws Exception {
    HttpResponse<String> response = client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }
}
