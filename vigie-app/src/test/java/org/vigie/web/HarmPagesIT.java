package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.access.Role;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;

/**
 * Harmful-speech signals as a reader meets them, over an archive ingested through the real
 * pipeline: a hostile post, an article that quotes the same words said by a named man, and a
 * neutral article about the same group. Searches by {@code harm:} and {@code cible:}, the document
 * page's flags and marks, and the signals in the document JSON.
 */
class HarmPagesIT {
  @TempDir static Path work;
  static TestServer harness;
  static WebClient client;

  @BeforeAll
  static void start() throws Exception {
    harness = TestServer.open(work);
    harness.ingest("files:harm", harness.fixture("harm/harm-corpus.jsonl"));
    harness.user("analyste", Role.ANALYST).user("lectrice", Role.VIEWER);
    harness.start(
        new WebServer(harness.archive().store(), harness.access(AccessControl.Mode.PROTECTED)));
    client = harness.signedIn("analyste");
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  @Test
  void searchesFindTheAuthorsOwnHostilityApartFromReportedWords() throws Exception {
    assertThat(titles("harm:hostile")).hasSize(1);
    assertThat(titles("harm:incitation")).hasSize(1);
    assertThat(titles("harm:rapporté"))
        .containsExactly(
            "Tensions à Bankass : un élu local tenu pour responsable de propos haineux");
    assertThat(titles("harm:rapporte")).hasSize(1);
    assertThat(titles("cible:peuls")).hasSize(2);
    assertThat(titles("peuls")).hasSize(3);
  }

  @Test
  void theDocumentPageShowsTheFlagAndMarksTheHostileWords() throws Exception {
    Document post = page(firstHit("harm:hostile"));
    assertThat(post.select(".signals li").eachText())
        .singleElement()
        .asString()
        .startsWith("Discours hostile : menace")
        .contains("Peuls");
    assertThat(post.select(".text span.mark.harm")).isNotEmpty();

    Document article = page(firstHit("harm:rapporté"));
    assertThat(article.select(".signals li").eachText())
        .singleElement()
        .asString()
        .startsWith("Propos hostiles rapportés")
        .endsWith("propos de Amadou Koné");
  }

  @Test
  void theDocumentJsonCarriesTheSignalsWithTheirEvidence() throws Exception {
    String href = firstHit("harm:rapporté");
    String id = href.substring(href.lastIndexOf('/') + 1);
    HttpResponse<String> response = client.get("/api/documents/" + id);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode signal = DocumentJson.mapper().readTree(response.body()).path("signals").get(0);
    assertThat(signal.path("kind").asText()).isEqualTo("harm");
    assertThat(signal.path("reported").asBoolean()).isTrue();
    assertThat(signal.path("speaker").asText()).isEqualTo("Amadou Koné");
    assertThat(signal.path("evidence").size()).isPositive();
  }

  @Test
  void aNeutralArticleAboutTheGroupIsNotFlagged() throws Exception {
    assertThat(titles("peuls -cible:peuls")).containsExactly("La transhumance a commencé");
  }

  @Test
  void theApiLabelsTextsInInputOrderAndRefusesABadBodyByName() throws Exception {
    String token = "Bearer " + harness.users().createToken("analyste", "essai").secret();
    HttpResponse<String> r =
        client.send(
            "POST",
            "/api/harm",
            "{\"texts\": [\"Il faut chasser ces Peuls du village, ce sont tous des terroristes.\","
                + " \"La transhumance a commencé dans le cercle de Douentza.\"]}",
            "Authorization",
            token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode results = DocumentJson.mapper().readTree(r.body()).path("results");
    assertThat(results.size()).isEqualTo(2);
    assertThat(results.get(0).path("hostile").asBoolean()).isTrue();
    assertThat(results.get(0).path("targets").toString().toLowerCase()).contains("peul");
    assertThat(results.get(0).path("evidence").size()).isPositive();
    assertThat(results.get(1).path("hostile").asBoolean()).isFalse();

    HttpResponse<String> bad =
        client.send("POST", "/api/harm", "{\"texts\": [\"un\", 42]}", "Authorization", token);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("texts[1]");

    String viewer = "Bearer " + harness.users().createToken("lectrice", "essai").secret();
    assertThat(
            client
                .send("POST", "/api/harm", "{\"texts\": [\"un\"]}", "Authorization", viewer)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void theApiSummarisesTheAuthorsOwnFlagsByCategoryTargetAndTime() throws Exception {
    HttpResponse<String> r = client.get("/api/harm?interval=month");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode summary = DocumentJson.mapper().readTree(r.body());
    assertThat(summary.path("flagged").asLong()).isEqualTo(titles("harm:hostile").size());
    assertThat(summary.path("categories").toString()).contains("incitation");
    assertThat(summary.path("categories").toString()).doesNotContain("\"hostile\"");
    assertThat(summary.path("targets").toString().toLowerCase()).contains("peul");
    JsonNode time = summary.path("overTime");
    long charted = time.path("undated").asLong();
    for (JsonNode b : time.path("buckets")) {
      charted += b.path("count").asLong();
    }
    assertThat(charted).isEqualTo(summary.path("flagged").asLong());
    assertThat(client.get("/api/harm?q=transhumance").body()).contains("\"flagged\":0");
  }

  private static List<String> titles(String query) throws Exception {
    Document search = page("/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    List<String> titles = new ArrayList<>(search.select("ol.hit-list h3 a").eachText());
    return titles;
  }

  private static String firstHit(String query) throws Exception {
    Document search = page("/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    return search.selectFirst("ol.hit-list h3 a").attr("href");
  }

  private static Document page(String path) throws Exception {
    HttpResponse<String> response = client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }
}
