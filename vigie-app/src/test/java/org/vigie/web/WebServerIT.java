package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.access.Role;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;

/**
 * The web interface over a real archive: the five seeds and a hostile document ingested by the real
 * pipeline, served on a free port, requested over HTTP.
 */
class WebServerIT {
  static final String XSS_TITLE = "<script>alert('titre')</script> Piège";
  static final String XSS_TEXT =
      "Un texte piégé <img src=x onerror=alert(1)> sur la paix à Gao. <script>alert(2)</script>"
          + " Il ne doit jamais s'exécuter, ni dans les résultats ni sur sa page.";

  @TempDir static Path work;
  static TestServer harness;
  static String base;
  static WebClient client;

  @BeforeAll
  static void start() throws Exception {
    harness = TestServer.open(work);
    Path corpus = harness.fixture("samples/seeds");
    Files.writeString(
        corpus.resolve("hostile.jsonl"),
        TestServer.jsonLine(
            "title",
            XSS_TITLE,
            "text",
            XSS_TEXT,
            "url",
            "javascript:alert(3)",
            "published",
            "2024-05-01"));
    harness.ingest("files:corpus", corpus);
    // Later, two other sites republish seed 000 (hand-made fixture pages of vigie-core).
    harness.ingest("files:copies", harness.fixture("dedup"));
    // Three articles about one attack in Gao over three days, and two unrelated ones.
    harness.ingest("files:stories", harness.fixture("stories/sahel-presse.jsonl"));
    harness.user("lectrice", Role.VIEWER);
    base =
        harness.start(
            new WebServer(harness.store(), harness.access(AccessControl.Mode.PROTECTED))
                .withTopics(harness.archive().topics()));
    client = harness.signedIn("lectrice");
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  /** A request of the signed-in viewer. */
  static HttpResponse<String> get(String path, String... headers) throws Exception {
    return client.get(path, headers);
  }

  static Document page(String path, String... headers) throws Exception {
    HttpResponse<String> response = get(path, headers);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body(), base + path);
  }

  @Test
  void theMinusmaSeedComesFirstForMinusmaBlogueursWithFacets() throws Exception {
    Document doc = page("/?q=MINUSMA+blogueurs");
    Element first = doc.selectFirst("ol.hit-list li.hit h3 a");
    assertThat(first).isNotNull();
    assertThat(first.text()).contains("MINUSMA à Bamako");
    assertThat(doc.select("ol.hit-list li.hit mark").eachText()).contains("blogueurs", "MINUSMA");
    assertThat(doc.select(".facet[data-field=language] li").text())
        .contains("français")
        .contains("1");
    assertThat(doc.select(".summary").text()).startsWith("1 document");
    assertThat(doc.title()).contains("MINUSMA blogueurs");
  }

  @Test
  void clickingAFacetNarrowsTheResultsAndShowsARemovableFilter() throws Exception {
    Document all = page("/?q=");
    assertThat(all.select(".summary").text()).startsWith("11 documents");
    Element year2015 = all.selectFirst(".facet[data-field=year] a:contains(2015)");
    assertThat(year2015).isNotNull();
    Document narrowed = page(year2015.attr("href"));
    assertThat(narrowed.select(".summary").text()).startsWith("1 document");
    assertThat(narrowed.select("ol.hit-list h3").text()).contains("Journée des médias sociaux");
    Element chip = narrowed.selectFirst(".active-filters a.chip");
    assertThat(chip.text()).contains("Année").contains("2015");
    assertThat(page(chip.attr("href")).select(".summary").text()).startsWith("11 documents");
  }

  @Test
  void htmxRequestsGetOnlyTheResultsFragment() throws Exception {
    HttpResponse<String> fragment = get("/?q=paix", "HX-Request", "true");
    assertThat(fragment.body()).doesNotContain("<html").contains("hit-list");
    HttpResponse<String> restore =
        get("/?q=paix", "HX-Request", "true", "HX-History-Restore-Request", "true");
    assertThat(restore.body()).contains("<html");
  }

  @Test
  void pagesThroughResults() throws Exception {
    Document first = page("/?q=&size=2");
    assertThat(first.select("li.hit")).hasSize(2);
    Element next = first.selectFirst(".pager a[rel=next]");
    Document second = page(next.attr("href"));
    assertThat(second.select("li.hit")).hasSize(2);
    assertThat(second.select(".pager .current").text()).isEqualTo("2");
  }

  @Test
  void theDocumentPageShowsTheCleanTextAndItsMetadata() throws Exception {
    Document results = page("/?q=Poeschl");
    Document doc = page(results.selectFirst("li.hit h3 a").attr("href"));
    assertThat(doc.select("h1").text()).startsWith("Journée des médias sociaux de l’ONU");
    assertThat(doc.select(".text p").size()).isGreaterThan(15);
    assertThat(doc.select(".text").text())
        .contains("Isabella Poeschl")
        .doesNotContain("Fil d'actu");
    assertThat(doc.select(".about dl").text())
        .contains("OSIRIS")
        .contains("30 janvier 2015")
        .contains("français");
    assertThat(doc.select(".entities").text()).contains("Isabella Poeschl (personne");
    Element person = doc.selectFirst(".text a.mark.per:contains(Poeschl)");
    assertThat(person.attr("title")).startsWith("Isabella Poeschl");
    assertThat(doc.select(".text .mark.loc").eachText()).contains("New York", "Canada");
    assertThat(doc.select(".text .mark.date").eachText()).contains("vendredi 30 janvier");
    Document entityPage = page(person.attr("href"));
    assertThat(entityPage.selectFirst("h1").text()).startsWith("Isabella Poeschl");
    Document byPerson = page(entityPage.selectFirst(".summary a").attr("href"));
    assertThat(byPerson.select(".active-filters").text()).contains("Personnes : Isabella Poeschl");
    assertThat(byPerson.select("li.hit h3").text()).contains("Journée des médias sociaux");
    assertThat(doc.select(".quotes").text())
        .contains("« Jusqu’à présent personne ne nous a sollicité » — Annie Paprocki")
        .contains("(propos rapportés) — Isabella Poeschl")
        .doesNotContain("« hashtaguent »");
  }

  @Test
  void englishOnRequestRememberedInACookie() throws Exception {
    WebClient own = WebClient.signedIn(base, "lectrice", TestServer.PASSWORD);
    HttpResponse<String> en = own.get("/?q=paix&lang=en");
    assertThat(en.headers().allValues("Set-Cookie"))
        .anyMatch(
            c -> c.startsWith("lang=en") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
    Document doc = Jsoup.parse(en.body());
    assertThat(doc.select("#search-form button[type=submit]").text()).isEqualTo("Search");
    assertThat(doc.select("html").attr("lang")).isEqualTo("en");
    Document again = Jsoup.parse(own.get("/?q=paix").body());
    assertThat(again.select(".facet[data-field=language] h2").text()).isEqualTo("Language");
    assertThat(again.select(".facet[data-field=language] li").text()).contains("French");
    Document french = page("/?q=paix");
    assertThat(french.select("#search-form button[type=submit]").text()).isEqualTo("Rechercher");
  }

  @Test
  void aBadQueryIsExplainedNotThrown() throws Exception {
    HttpResponse<String> page = get("/?q=%22unclosed");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(page.body()).select(".error").text())
        .isEqualTo("Requête invalide : un guillemet n’est jamais fermé (caractère 1)");
    HttpResponse<String> api = get("/api/search?q=%22unclosed");
    assertThat(api.statusCode()).isEqualTo(400);
    JsonNode error = DocumentJson.mapper().readTree(api.body());
    assertThat(error.get("status").asInt()).isEqualTo(400);
    assertThat(error.get("error").get("message").asText()).contains("jamais fermé");
    assertThat(error.get("error").get("code").asText()).isEqualTo("bad_request");
    HttpResponse<String> english = get("/api/search?q=published:2015-13&lang=en");
    assertThat(DocumentJson.mapper().readTree(english.body()).get("error").get("message").asText())
        .isEqualTo(
            "Invalid query: “2015-13” is not a date (2015, 2015-01 or 2015-01-30) (character 11)");
    assertThat(get("/?f=nofield:x").statusCode()).isEqualTo(400);
    assertThat(get("/?page=zero").statusCode()).isEqualTo(400);
  }

  @Test
  void expensiveQueriesAreRefusedInFrenchAsBadRequests() throws Exception {
    Map<String, String> refused =
        Map.of(
            "*ment",
            "Requête invalide : « *ment » : un mot ne peut pas commencer par un joker ; écrivez ses"
                + " premières lettres (commun*) (caractère 1)",
            "/ma.i/",
            "Requête invalide : « /ma.i/ » : les expressions régulières ne sont pas recherchées ;"
                + " reliez les mots par OU (caractère 1)",
            "paix Mali~2",
            "Requête invalide : « Mali~2 » : la recherche approchée n’est pas proposée ; reliez les"
                + " orthographes par OU (Tombouctou OU Timbuktu) (caractère 6)",
            "a*",
            "Requête invalide : « a* » : un mot tronqué garde au moins 2 lettres avant « * »"
                + " (caractère 1)",
            "aa* ".repeat(51),
            "Requête invalide : la requête compte 51 mots tronqués ; 50 au plus sont recherchés",
            "paix OU ".repeat(400) + "paix",
            "Requête invalide : la requête compte 401 mots ; 400 au plus sont recherchés");
    for (Map.Entry<String, String> e : refused.entrySet()) {
      String q = java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8);
      HttpResponse<String> api = get("/api/search?q=" + q);
      assertThat(api.statusCode()).as(e.getKey()).isEqualTo(400);
      assertThat(DocumentJson.mapper().readTree(api.body()).get("error").get("message").asText())
          .isEqualTo(e.getValue());
    }
    HttpResponse<String> english = get("/api/search?q=paix~&lang=en");
    assertThat(DocumentJson.mapper().readTree(english.body()).get("error").get("message").asText())
        .isEqualTo(
            "Invalid query: “paix~”: fuzzy search is not offered; join the spellings with OR"
                + " (Tombouctou OR Timbuktu) (character 1)");
    assertThat(get("/api/search?page=5000").statusCode()).isEqualTo(400);
  }

  @Test
  void unknownDocumentsAreNotFound() throws Exception {
    HttpResponse<String> page = get("/documents/0123456789abcdef");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(page.body()).select(".error").text()).contains("0123456789abcdef");
    assertThat(get("/api/documents/0123456789abcdef").statusCode()).isEqualTo(404);
    assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
  }

  @Test
  void hostileContentIsInertEverywhere() throws Exception {
    HttpResponse<String> results = get("/?q=piégé");
    assertThat(results.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
    Document doc = Jsoup.parse(results.body());
    assertThat(doc.select("li.hit h3 a").text()).contains("<script>alert('titre')</script>");
    assertThat(doc.select("script"))
        .allMatch(
            s ->
                List.of(
                        "/assets/htmx.min.js",
                        "/assets/csrf.js",
                        "/assets/echarts.min.js",
                        "/assets/charts.js")
                    .contains(s.attr("src")));
    assertThat(doc.select("[onerror]")).isEmpty();

    String href = doc.selectFirst("li.hit h3 a").attr("href");
    HttpResponse<String> page = get(href);
    assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
    Document docPage = Jsoup.parse(page.body());
    assertThat(docPage.select("[onerror]")).isEmpty();
    assertThat(docPage.select("a[href^=javascript]")).isEmpty();
    assertThat(docPage.select("dd.inert").text()).isEqualTo("javascript:alert(3)");
    assertThat(docPage.select(".text").text()).contains("<img src=x onerror=alert(1)>");

    HttpResponse<String> api = get("/api/documents/" + href.substring(href.lastIndexOf('/') + 1));
    assertThat(DocumentJson.mapper().readTree(api.body()).get("title").asText())
        .isEqualTo(XSS_TITLE);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
  }

  @Test
  void securityHeadersOnEveryResponse() throws Exception {
    for (String path : List.of("/", "/api/search?q=paix", "/health", "/nope")) {
      HttpResponse<String> r = get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
          .as(path)
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
    }
  }

  @Test
  void assetsAndHealth() throws Exception {
    HttpResponse<String> htmx = get("/assets/htmx.min.js");
    assertThat(htmx.statusCode()).isEqualTo(200);
    assertThat(htmx.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    assertThat(htmx.body()).contains("htmx");
    assertThat(get("/assets/vigie.css").statusCode()).isEqualTo(200);
    JsonNode health = DocumentJson.mapper().readTree(get("/health").body());
    assertThat(health.get("documents").asLong()).isEqualTo(13); // stored, copies included
  }

  @Test
  void copiesAreCountedOnceUntilTheReaderAsksForAllOfThem() throws Exception {
    Document once = page("/?q=MINUSMA+blogueurs");
    assertThat(once.select(".summary").text()).startsWith("1 document");
    Element copies = once.selectFirst("li.hit a.copies");
    assertThat(copies.text()).isEqualTo("2 copies");
    Element toggle = once.selectFirst("a.copies-toggle");
    assertThat(toggle.text()).isEqualTo("Afficher toutes les copies");
    assertThat(toggle.attr("href")).contains("copies=1");

    Document all = page(toggle.attr("href"));
    assertThat(all.select(".summary").text()).startsWith("3 documents");
    assertThat(all.select("li.hit a.original")).hasSize(2);
    assertThat(all.select(".facet[data-field=language] li").text()).contains("3");
    assertThat(all.selectFirst("a.copies-toggle").text())
        .isEqualTo("Compter chaque article une fois");

    Document listed = page(copies.attr("href"));
    assertThat(listed.select("li.hit")).hasSize(2);
    assertThat(listed.select("ol.hit-list h3").text())
        .contains("la MINUSMA mise sur les blogueurs");
  }

  @Test
  void theStoryPageListsItsDocumentsOnATimelineInDateOrder() throws Exception {
    Document stories = page("/stories");
    assertThat(stories.select("header a.nav[href=/stories]").text()).isEqualTo("Histoires");
    assertThat(stories.select("ul.story-list li")).hasSize(1);
    Element link = stories.selectFirst("ul.story-list li a");
    assertThat(link.text()).contains("Gao");
    assertThat(stories.select("ul.story-list li").text())
        .contains("12 février 2024 – 14 février 2024")
        .contains("3 articles");

    Document story = page(link.attr("href"));
    assertThat(story.select("ol.timeline > li time").eachAttr("datetime"))
        .containsExactly("2024-02-12", "2024-02-13", "2024-02-14");
    assertThat(story.select("ol.timeline .timeline-site").eachText())
        .containsExactly("Maliweb", "Studio Tamani", "Journal du Mali");
    assertThat(story.select("[style]")).isEmpty();

    Document doc = page(story.selectFirst("ol.timeline a").attr("href"));
    assertThat(doc.select("h1").text()).contains("tirs de roquettes");
    assertThat(doc.selectFirst("section.story a").attr("href")).isEqualTo(link.attr("href"));

    Document english = page(link.attr("href") + "?lang=en");
    assertThat(english.select("header a.nav[href=/stories]").text()).isEqualTo("Stories");
    assertThat(english.select(".story-size").text()).isEqualTo("3 articles");
    assertThat(english.select("ol.timeline time").first().text()).isEqualTo("February 12, 2024");
    page("/?lang=fr");
    assertThat(get("/stories/0123abc").statusCode()).isEqualTo(404);
    assertThat(get("/stories/..%2Fx").statusCode()).isEqualTo(404);
  }

  @Test
  void aCopyLinksToItsOriginalWhichListsItsCopies() throws Exception {
    Document all = page("/?q=MINUSMA+blogueurs&copies=1");
    Element copyLink = all.selectFirst("li.hit:has(a.original) h3 a");
    Document copy = page(copyLink.attr("href"));
    Element original = copy.selectFirst("section.original a");
    assertThat(copy.select("section.original h3").text()).isEqualTo("Copie de");
    Document originalPage = page(original.attr("href"));
    assertThat(originalPage.select("h1").text()).contains("MINUSMA");
    assertThat(originalPage.select("section.copies li")).hasSize(2);
    assertThat(originalPage.select("section.copies").text()).contains("Sahel Hebdo");
    JsonNode api =
        DocumentJson.mapper().readTree(get("/api/search?q=MINUSMA+blogueurs&copies=1").body());
    assertThat(api.get("total").asLong()).isEqualTo(3);
    assertThat(api.get("copies").asBoolean()).isTrue();
    assertThat(get("/?q=&copies=yes").statusCode()).isEqualTo(400);
  }

  @Test
  void theSearchApiAnswersWithHitsFacetsAndHighlights() throws Exception {
    JsonNode r = DocumentJson.mapper().readTree(get("/api/search?q=MINUSMA+blogueurs").body());
    assertThat(r.get("total").asLong()).isEqualTo(1);
    JsonNode snippet = r.get("hits").get(0).get("snippets").get(0);
    JsonNode mark = snippet.get("highlights").get(0);
    String marked =
        snippet.get("text").asText().substring(mark.get(0).asInt(), mark.get(1).asInt());
    assertThat(marked).isIn("blogueurs", "MINUSMA", "Minusma");
    assertThat(r.get("facets").get("language").get(0).get("value").asText()).isEqualTo("fra");
  }
}
