package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.archive.catalog.SourceRegistry;
import org.vigie.archive.sources.KindCollectors;
import org.vigie.archive.sources.SourceRunner;
import org.vigie.archive.sources.SourceScheduler;
import org.vigie.collect.sources.CoverageReader;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;
import org.vigie.web.sources.SourcesPages;

/**
 * The sources pages and the story timeline over a real archive filled by real source runs (IMPORT
 * sources over hand-written fixture files), served on a free port. The pages' clock is fixed on 10
 * March 2024 so that the fixtures' dates fall in the coverage window.
 */
class SourcesPagesIT {
  static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

  @TempDir static Path work;
  static TestServer harness;
  static SourceScheduler scheduler;
  static String base;
  static WebClient client;

  static Source importing(String id, String name, Path path, Duration every) {
    return new Source(
        id,
        name,
        SourceKind.IMPORT,
        path.toAbsolutePath().toString(),
        "ML",
        "fra",
        List.of("radio"),
        every,
        false,
        Map.of());
  }

  @BeforeAll
  static void start() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    harness = TestServer.open(work);
    Archive archive = harness.archive();
    Path kledu = harness.fixture("sources/kledu");
    Path sahel = harness.fixture("stories/sahel-presse.jsonl");
    SourceRegistry registry = archive.catalog().sources();
    registry.add(importing("radio-kledu", "Radio Kledu", kledu, Duration.ofHours(6)), NOW);
    // registered three weeks ago: its articles stopped a month ago, so it is silent by now
    registry.add(
        importing("sahel-presse", "Sahel Presse", sahel, Duration.ofHours(1)),
        NOW.minus(Duration.ofDays(21)));
    registry.add(
        importing("absent", "Dossier absent", work.resolve("absent"), Duration.ofHours(1)), NOW);
    SourceRunner runner = new SourceRunner(archive, KindCollectors.standard(clock), clock, 500);
    for (String id : List.of("radio-kledu", "sahel-presse", "absent")) {
      runner.run(id, p -> {});
    }
    scheduler = harness.closeLater(new SourceScheduler(runner, clock, 2));
    harness.user("editrice", Role.EDITOR);
    base =
        harness.start(
            new WebServer(
                archive.store(),
                harness.access(AccessControl.Mode.PROTECTED),
                new SourcesPages(registry, scheduler, new CoverageReader(archive.store()), clock)));
    client = harness.signedIn("editrice");
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return client.get(path);
  }

  /** Posts a form as the signed-in editor, with the session's CSRF token. */
  static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
    withToken.put("_csrf", client.csrf());
    return client.post(path, withToken);
  }

  static Document page(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body(), base + path);
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return DocumentJson.mapper().readTree(response.body());
  }

  @Test
  void theSourcesPageShowsEachSourcesStateAndACoverageChart() throws Exception {
    Document doc = page("/sources");
    assertThat(doc.select("header a.nav[href=/sources]").text()).isEqualTo("Sources");
    Element kledu = doc.selectFirst("tr[data-source=radio-kledu]");
    assertThat(kledu.select(".state").text()).isEqualTo("ok");
    assertThat(kledu.select(".per-day").text()).isEqualTo("0,1");
    assertThat(kledu.select(".last-success").text()).isEqualTo("10 mars 2024 12:00 UTC");
    assertThat(kledu.select(".next-run").text()).isEqualTo("10 mars 2024 18:00 UTC");
    assertThat(kledu.select(".badge.silent")).isEmpty();

    Element sahel = doc.selectFirst("tr[data-source=sahel-presse]");
    assertThat(sahel.select(".badge.silent").text()).isEqualTo("silencieuse");
    assertThat(sahel.selectFirst(".badge.silent").attr("title")).contains("14 février 2024");

    Element absent = doc.selectFirst("tr[data-source=absent]");
    assertThat(absent.select(".state.state-failing").text()).isEqualTo("en échec");
    assertThat(absent.select(".last-error").text()).contains("no such file or folder");

    JsonNode chart =
        DocumentJson.mapper().readTree(doc.selectFirst("#coverage-chart").attr("data-chart"));
    assertThat(chart.get("days")).hasSize(60);
    assertThat(chart.get("days").get(59).asText()).isEqualTo("2024-03-10");
    Map<String, JsonNode> series = new java.util.HashMap<>();
    chart.get("series").forEach(s -> series.put(s.get("name").asText(), s.get("counts")));
    assertThat(series).containsOnlyKeys("Radio Kledu", "Sahel Presse", "Dossier absent");
    int march4 = indexOf(chart.get("days"), "2024-03-04");
    assertThat(series.get("Radio Kledu").get(march4).asLong()).isEqualTo(1);
    int feb12 = indexOf(chart.get("days"), "2024-02-12");
    assertThat(series.get("Sahel Presse").get(feb12).asLong()).isEqualTo(2);
    long total = 0;
    for (JsonNode n : series.get("Radio Kledu")) {
      total += n.asLong();
    }
    assertThat(total).isEqualTo(3);

    assertThat(doc.select("script").eachAttr("src"))
        .containsExactly(
            "/assets/htmx.min.js",
            "/assets/csrf.js",
            "/assets/echarts.min.js",
            "/assets/vigie-charts.js");
    assertThat(doc.select("[style]")).isEmpty();
    assertThat(get("/assets/vigie-charts.js").body()).contains("data-chart");

    Document english = page("/sources?lang=en");
    assertThat(english.select("tr[data-source=absent] .state").text()).isEqualTo("failing");
    assertThat(english.select("tr[data-source=sahel-presse] .badge").text()).isEqualTo("silent");
    assertThat(english.select("tr[data-source=radio-kledu] .per-day").text()).isEqualTo("0.1");
    page("/sources?lang=fr");
  }

  static int indexOf(JsonNode array, String value) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).asText().equals(value)) {
        return i;
      }
    }
    throw new AssertionError(value + " not in " + array);
  }

  @Test
  void aSourcesPageListsItsRunsAndTheErrorsOfItsFailedRun() throws Exception {
    Document kledu = page("/sources/radio-kledu");
    assertThat(kledu.select("h1").text()).isEqualTo("Radio Kledu");
    assertThat(kledu.select(".run-table tbody tr")).hasSize(1);
    assertThat(kledu.select(".run-table tbody tr").text()).contains("terminée").contains("3");
    JsonNode chart =
        DocumentJson.mapper().readTree(kledu.selectFirst("#coverage-chart").attr("data-chart"));
    assertThat(chart.get("series").get(0).get("counts").toString()).contains("1,0,1,0,0,1,0");

    Document absent = page("/sources/absent");
    assertThat(absent.select(".run-table .status").text()).isEqualTo("en échec");
    assertThat(absent.select(".last-error").text())
        .contains("no such file or folder")
        .contains("[UNREADABLE]");
    assertThat(absent.select(".run-errors li").text()).contains("absent").contains("UNREADABLE");
    assertThat(get("/sources/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void theJsonApiAnswersSourcesStatesAndCoverage() throws Exception {
    JsonNode all = json("/api/sources");
    assertThat(all).hasSize(3);
    JsonNode sahel = json("/api/sources/sahel-presse");
    assertThat(sahel.get("coverage").get("silent").asBoolean()).isTrue();
    assertThat(sahel.get("coverage").get("lastDocumentAt").asText())
        .isEqualTo("2024-02-14T08:30:00Z");
    assertThat(json("/api/sources/absent").get("state").get("lastError").get("cause").asText())
        .isEqualTo("UNREADABLE");
    JsonNode coverage = json("/api/sources/radio-kledu/coverage");
    assertThat(coverage.get("documentsLast30Days").asLong()).isEqualTo(3);
    assertThat(coverage.get("days")).hasSize(60);
    assertThat(coverage.get("days").get(59).toString())
        .isEqualTo("{\"day\":\"2024-03-10\",\"documents\":0}");
    assertThat(get("/api/sources/nope/coverage").statusCode()).isEqualTo(404);
  }

  @Test
  void theFormsAddRunAndRemoveASourceAndEscapeWhatTheyAreGiven() throws Exception {
    HttpResponse<String> added =
        post(
            "/sources",
            Map.of(
                "name", "<script>alert(1)</script> Kledu",
                "kind", "feed",
                "location", "https://radiokledu.example/feed",
                "tags", "radio, bamako",
                "every", "12"));
    assertThat(added.statusCode()).isEqualTo(303);
    String where = added.headers().firstValue("Location").orElseThrow();
    assertThat(where).isEqualTo("/sources/script-alert-1-script-kledu");
    HttpResponse<String> shown = get(where);
    assertThat(shown.body()).doesNotContain("<script>alert");
    Document doc = Jsoup.parse(shown.body());
    assertThat(doc.select("h1").text()).isEqualTo("<script>alert(1)</script> Kledu");
    assertThat(doc.select(".state").text()).isEqualTo("jamais collectée");
    assertThat(doc.select(".source-kind").text()).isEqualTo("flux RSS/Atom · toutes les 12 h");
    assertThat(doc.select("dd").eachText()).contains("radio, bamako");

    // This build has no feed collector wired: the run fails and says so.
    assertThat(post(where + "/run", Map.of()).statusCode()).isEqualTo(303);
    assertThat(scheduler.awaitIdle(Duration.ofSeconds(60))).isTrue();
    Document ran = page(where);
    assertThat(ran.select(".run-table .status").text()).isEqualTo("en échec");
    assertThat(ran.select(".last-error").text()).contains("cannot collect feed sources");

    assertThat(post(where + "/remove", Map.of()).statusCode()).isEqualTo(303);
    assertThat(get(where).statusCode()).isEqualTo(404);
    assertThat(json("/api/sources")).hasSize(3);

    HttpResponse<String> missing =
        post("/sources", Map.of("kind", "feed", "location", "https://x.example/"));
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(missing.body()).select(".error").text())
        .contains("« name » est obligatoire");
    assertThat(post("/sources", Map.of("name", "X", "kind", "rss", "location", "x")).statusCode())
        .isEqualTo(400);
    HttpResponse<String> files =
        post("/sources", Map.of("name", "Etc", "kind", "import", "location", "/etc"));
    assertThat(files.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(files.body()).select(".error").text()).contains("vigie source add");
    HttpResponse<String> twice =
        post(
            "/sources",
            Map.of("name", "Radio Kledu", "kind", "feed", "location", "https://x.example/"));
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(twice.body()).select(".error").text()).contains("already exists");
    assertThat(page("/sources").select("select[name=kind] option").eachAttr("value"))
        .containsExactly("feed", "sitemap", "site");
  }

  @Test
  void theStoryPageShowsItsDocumentsOnATimelineChartWithTheirSources() throws Exception {
    Document stories = page("/stories");
    Element link = stories.selectFirst("ul.story-list li a");
    assertThat(link.text()).contains("Gao");
    Document story = page(link.attr("href"));
    JsonNode chart =
        DocumentJson.mapper().readTree(story.selectFirst("#story-chart").attr("data-chart"));
    assertThat(chart.get("days").toString())
        .isEqualTo("[\"2024-02-12\",\"2024-02-13\",\"2024-02-14\"]");
    assertThat(chart.get("series").get(0).get("counts").toString()).isEqualTo("[1,1,1]");
    assertThat(story.select("ol.timeline > li time").eachAttr("datetime"))
        .containsExactly("2024-02-12", "2024-02-13", "2024-02-14");
    assertThat(story.select("ol.timeline .timeline-source").eachText())
        .containsExactly("sahel-presse", "sahel-presse", "sahel-presse");
    assertThat(story.select("script").eachAttr("src")).contains("/assets/vigie-charts.js");
    assertThat(story.select("[style]")).isEmpty();
    Document english = page(link.attr("href") + "?lang=en");
    assertThat(english.select("figure.story-chart figcaption").text())
        .isEqualTo("The story’s documents per day");
    page("/?lang=fr");
  }
}
