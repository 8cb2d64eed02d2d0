package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;

/**
 * The analysts' pages over a real archive (the seeds, the Gao articles and a hostile document,
 * tagged by the starter taxonomy as they were ingested): the topic facet and the date histogram of
 * the search page, topics and their forms, entity, quotes, trends and archive pages, their JSON.
 */
class ObservatoryPagesIT {
  static final String XSS_TITLE = "<script>alert('titre')</script> Piège à Gao";
  static final String XSS_TEXT =
      "Un texte piégé <img src=x onerror=alert(1)> sur la MINUSMA à Gao. <script>alert(2)</script>"
          + " Selon le gouverneur de Gao, « <img src=y onerror=alert(4)> rien ne doit s'exécuter »."
          + " La ville de Gao reste calme.";
  @TempDir static Path work;
  static TestServer harness;
  static Archive archive;
  static String base;
  static WebClient client;

  @BeforeAll
  static void start() throws Exception {
    harness = TestServer.open(work);
    archive = harness.archive();
    Path corpus = harness.fixture("samples/seeds");
    Files.writeString(
        corpus.resolve("hostile.jsonl"),
        TestServer.jsonLine("title", XSS_TITLE, "text", XSS_TEXT, "published", "2024-02-20"));
    harness.ingest("files:corpus", corpus, harness.fixture("stories/sahel-presse.jsonl"));
    harness.user("editrice", Role.EDITOR);
    base =
        harness.start(
            new WebServer(archive.store(), harness.access(AccessControl.Mode.PROTECTED))
                .withTopics(archive.topics()));
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
  static HttpResponse<String> post(String path, String form) throws Exception {
    String withToken = form + "&_csrf=" + enc(client.csrf());
    return client.http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(withToken))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static Document page(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body(), base + path);
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
    return DocumentJson.mapper().readTree(response.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static long total(Document search) {
    String summary = search.selectFirst(".summary").text();
    return Long.parseLong(summary.replaceAll("^(\\d+).*", "$1").replaceAll("^Aucun.*", "0"));
  }

  @Test
  void theSearchPageHasATopicFacetByNameThatNarrowsTheResults() throws Exception {
    Document all = page("/?q=");
    Element facet = all.selectFirst(".facet[data-field=topic]");
    assertThat(facet).isNotNull();
    assertThat(facet.selectFirst("h2").text()).isEqualTo("Sujets");
    Element minusma = facet.selectFirst("a:contains(MINUSMA et maintien de la paix)");
    assertThat(minusma).isNotNull();
    long expected = Long.parseLong(minusma.selectFirst(".count").text());
    Document narrowed = page(minusma.attr("href"));
    assertThat(total(narrowed)).isEqualTo(expected).isLessThan(total(all));
    assertThat(narrowed.select(".active-filters a.chip").text())
        .contains("Sujets")
        .contains("MINUSMA et maintien de la paix");
  }

  @Test
  void theHistogramHasALinkPerBarThatNarrowsTheSearchToItsDates() throws Exception {
    Document all = page("/?q=");
    Element chart = all.selectFirst(".histogram [data-chart=histogram]");
    assertThat(chart).isNotNull();
    assertThat(chart.attr("data-range-url")).contains("__FROM__").contains("__TO__");
    JsonNode bars = DocumentJson.mapper().readTree(chart.attr("data-bars"));
    assertThat(bars.size()).isPositive();
    List<Element> links = all.select(".histogram .bars a");
    assertThat(links).hasSize(bars.size());
    long sum = 0;
    for (JsonNode b : bars) {
      sum += b.get("count").asLong();
    }
    // the bars count dated documents; the seeds without a date are counted apart, never on the
    // day they were collected, and their link lists them
    Element undated = all.selectFirst(".histogram p.undated a");
    assertThat(undated).isNotNull();
    long undatedCount = Long.parseLong(undated.text().split(" ")[0]);
    assertThat(undated.text()).endsWith(" sans date");
    assertThat(sum + undatedCount).isEqualTo(total(all));
    assertThat(total(page(undated.attr("href")))).isEqualTo(undatedCount);
    Element busiest = links.getFirst();
    for (Element a : links) {
      if (Long.parseLong(a.selectFirst(".count").text())
          > Long.parseLong(busiest.selectFirst(".count").text())) {
        busiest = a;
      }
    }
    Document narrowed = page(busiest.attr("href"));
    assertThat(total(narrowed)).isEqualTo(Long.parseLong(busiest.selectFirst(".count").text()));
    assertThat(narrowed.selectFirst("#q").val()).matches("date:\\[\\d{4}-\\d\\d-\\d\\d TO .*\\]");
    // A second range replaces the first instead of narrowing to nothing.
    String again = narrowed.select(".histogram .bars a").getFirst().attr("href");
    assertThat(java.net.URLDecoder.decode(again, StandardCharsets.UTF_8).split("date:")).hasSize(2);
  }

  @Test
  void documentPagesNameTheirTopicsAndLinkEntitiesToTheirPages() throws Exception {
    Document search = page("/?q=" + enc("rencontre entre blogueurs"));
    Document doc = page(search.selectFirst("ol.hit-list h3 a").attr("href"));
    assertThat(doc.select(".topics li").eachText()).contains("MINUSMA et maintien de la paix");
    Element entity = doc.selectFirst(".entities a");
    assertThat(entity.attr("href")).startsWith("/entities/");
    assertThat(doc.select(".text a.mark").eachAttr("href"))
        .allSatisfy(h -> assertThat(h).startsWith("/entities/"));
    assertThat(get(entity.attr("href")).statusCode()).isEqualTo(200);
    assertThat(search.select(".facet[data-field=place] a.entity-page").eachAttr("href"))
        .allSatisfy(h -> assertThat(h).startsWith("/entities/place/"));
  }

  @Test
  void theEntityPageShowsMentionsCoOccurrencesSourcesAndIsInertForHostileText() throws Exception {
    Document gao = page("/entities/place/Gao");
    assertThat(gao.selectFirst("h1").text()).startsWith("Gao");
    assertThat(gao.select(".mentions [data-chart=histogram]")).hasSize(1);
    assertThat(gao.select(".mentions .bars a")).isNotEmpty();
    // the entity page has no #results to swap: its bars are plain links to the search
    assertThat(gao.select(".mentions .bars a[hx-target]")).isEmpty();
    assertThat(gao.select("#results")).isEmpty();
    assertThat(gao.select(".sources li")).isNotEmpty();
    assertThat(gao.select(".latest li").text()).contains("Piège à Gao");
    // Nothing from the hostile document runs: the only scripts are ours, no handler attributes.
    assertThat(gao.select("script").eachAttr("src"))
        .allSatisfy(src -> assertThat(src).startsWith("/assets/"));
    assertThat(gao.select("script:not([src])")).isEmpty();
    assertThat(gao.select("[onerror], img")).isEmpty();
    assertThat(gao.html()).doesNotContain("<script>alert");

    JsonNode api = json("/api/entities/place/Gao");
    assertThat(api.get("name").asText()).isEqualTo("Gao");
    assertThat(api.get("documents").asLong()).isGreaterThanOrEqualTo(4);
    assertThat(api.get("mentions").size()).isPositive();
    assertThat(api.get("cooccurring").has("person")).isTrue();

    assertThat(get("/entities/place/" + enc("Nulle part du tout")).statusCode()).isEqualTo(404);
    assertThat(get("/entities/planet/Gao").statusCode()).isEqualTo(404);
  }

  @Test
  void theQuotesPageListsWhoSaidWhatAndFiltersBySpeakerTopicAndPeriod() throws Exception {
    JsonNode all = json("/api/quotes");
    assertThat(all.get("quotes").size()).isPositive();
    Document page = page("/quotes");
    assertThat(page.select(".quote-list li")).hasSize(all.get("quotes").size());
    JsonNode speaker = all.get("speakers").get(0);
    String name = speaker.get("value").asText();
    JsonNode bySpeaker = json("/api/quotes?speaker=" + enc(name));
    assertThat(bySpeaker.get("quotes").size()).isPositive();
    for (JsonNode q : bySpeaker.get("quotes")) {
      assertThat(q.get("speaker").asText()).isEqualToIgnoringCase(name);
    }
    JsonNode none = json("/api/quotes?from=1990-01-01&to=1990-12-31");
    assertThat(none.get("quotes").size()).isZero();
    assertThat(get("/api/quotes?from=hier").statusCode()).isEqualTo(400);
    assertThat(page("/quotes?topic=minusma").select("#topic option[selected]").text())
        .isEqualTo("MINUSMA et maintien de la paix");
  }

  @Test
  void trendsCompareSeriesOnOneAxis() throws Exception {
    JsonNode trends =
        json("/api/trends?series=topic:minusma&series=" + enc("entity:Gao") + "&interval=day");
    assertThat(trends.get("interval").asText()).isEqualTo("day");
    JsonNode series = trends.get("series");
    assertThat(series.size()).isEqualTo(2);
    assertThat(series.get(0).get("label").asText()).isEqualTo("MINUSMA et maintien de la paix");
    assertThat(series.get(0).get("buckets").size()).isEqualTo(series.get(1).get("buckets").size());
    Document page = page("/trends?series=topic:minusma&series=" + enc("entity:Gao"));
    assertThat(page.select("[data-chart=lines]")).hasSize(1);
    assertThat(page.select("table.trend-table thead th")).hasSize(3);
    HttpResponse<String> bad = get("/api/trends?series=planet:Mars");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(DocumentJson.mapper().readTree(bad.body()).has("error")).isTrue();
  }

  /** Issue #20: the editor warns of OU and ET mixed without parentheses, and saves when told. */
  @Test
  void theTopicEditorWarnsOfOuAndEtMixedWithoutParentheses() throws Exception {
    String body = "name=" + enc("Journalistes mêlés") + "&category=&query=";
    HttpResponse<String> warned = post("/topics", body + enc("journaliste OU journalistes ET Gao"));
    assertThat(warned.statusCode()).isEqualTo(200);
    Document form = Jsoup.parse(warned.body());
    assertThat(form.select(".warning").text()).contains("OU et ET", "caractère 13");
    assertThat(form.select("input[type=checkbox][name=keep]")).hasSize(1);
    assertThat(archive.topics().get("journalistes-meles")).isEmpty();
    HttpResponse<String> kept =
        post("/topics", body + enc("journaliste OU journalistes ET Gao") + "&keep=1");
    assertThat(kept.statusCode()).isEqualTo(303);
    assertThat(archive.topics().awaitIdle(Duration.ofSeconds(30))).isTrue();
    assertThat(page("/topics/journalistes-meles/edit").select(".warning").text())
        .contains("OU et ET");
    assertThat(post("/topics/journalistes-meles/delete", "").statusCode()).isEqualTo(303);
    archive.topics().awaitIdle(Duration.ofSeconds(30));
  }

  @Test
  void creatingEditingAndDeletingATopicRetagsTheArchive() throws Exception {
    Document form = page("/topics/new");
    assertThat(form.select("form[method=post][action=/topics] textarea[name=query]")).hasSize(1);
    HttpResponse<String> bad = post("/topics", "name=Mauvais&category=&query=" + enc("(Gao"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(bad.body()).select(".error").text()).isNotEmpty();

    HttpResponse<String> created =
        post(
            "/topics",
            "name="
                + enc("Roquettes sur Gao")
                + "&category="
                + enc("Paix et sécurité > Attaques")
                + "&query="
                + enc("roquettes ET Gao"));
    assertThat(created.statusCode()).isEqualTo(303);
    assertThat(created.headers().firstValue("Location").orElseThrow()).startsWith("/topics?job=");
    assertThat(archive.topics().awaitIdle(Duration.ofSeconds(30))).isTrue();
    long expected = total(page("/?q=" + enc("roquettes ET Gao")));
    assertThat(expected).isPositive();
    Document topics = page("/topics");
    Element row = topics.selectFirst("tr[data-topic=roquettes-sur-gao]");
    assertThat(row.selectFirst(".count").text()).isEqualTo(Long.toString(expected));
    assertThat(topics.select("#jobs li[data-state=DONE] progress").attr("value")).contains("100");
    assertThat(json("/api/topics/roquettes-sur-gao").get("documents").asLong()).isEqualTo(expected);
    Document archivePage = page("/archive");
    assertThat(archivePage.selectFirst("tr[data-topic=roquettes-sur-gao] .num").text())
        .isEqualTo(Long.toString(expected));

    Document edit = page(row.selectFirst("a:contains(modifier)").attr("href"));
    assertThat(edit.selectFirst("textarea[name=query]").text()).isEqualTo("roquettes ET Gao");
    assertThat(
            post("/topics/roquettes-sur-gao", "name=Rien&category=&query=" + enc("xyzzyplugh"))
                .statusCode())
        .isEqualTo(303);
    archive.topics().awaitIdle(Duration.ofSeconds(30));
    assertThat(json("/api/topics/roquettes-sur-gao").get("documents").asLong()).isZero();

    assertThat(post("/topics/roquettes-sur-gao/delete", "").statusCode()).isEqualTo(303);
    archive.topics().awaitIdle(Duration.ofSeconds(30));
    assertThat(get("/api/topics/roquettes-sur-gao").statusCode()).isEqualTo(404);
  }

  @Test
  void theTopicsPageShowsTheTaxonomyTreeWithCounts() throws Exception {
    Document topics = page("/topics");
    assertThat(topics.select("tr.category.depth-0 th").eachText())
        .contains("Élections", "Paix et sécurité", "Désinformation", "Droits humains");
    assertThat(topics.select("tr.topic").size()).isBetween(40, 80);
    JsonNode api = json("/api/topics");
    assertThat(api.get("topics").size()).isEqualTo(topics.select("tr.topic").size());
    Document english = page("/topics?lang=en");
    assertThat(english.selectFirst("h1").text()).isEqualTo("Topics");
  }

  @Test
  void theArchivePageCountsDocumentsByYearAndMonth() throws Exception {
    Document page = page("/archive");
    assertThat(page.select(".year h3 a").eachText()).contains("2024");
    Element february = page.selectFirst(".months a:contains(février 2024)");
    assertThat(february).isNotNull();
    Document search = page(february.attr("href"));
    assertThat(Long.toString(total(search)))
        .isEqualTo(february.parent().selectFirst(".count").text());
  }
}
