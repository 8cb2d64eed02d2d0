package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.Stages;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.TelegramExport;
import org.vigie.collect.sources.CoverageReader;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.search.SearchRequest;
import org.vigie.web.access.AccessControl;
import org.vigie.web.sources.SourcesPages;

/**
 * Fact-checks over a real archive served on a free port: a fact-checker's page and a data feed are
 * imported, a Telegram channel is ingested, and the post that restates the false claim in other
 * words shows "vérifié : faux — Africa Check, 12 mars" with the link on its page; {@code
 * /api/claims} lists the claims and their matches; an editor labels a source.
 */
class FactChecksPagesIT {
  @TempDir static Path work;
  static TestServer harness;
  static String base;
  static WebClient client;
  static String restatedId;

  @BeforeAll
  static void start() throws Exception {
    harness = TestServer.open(work);
    Archive archive = harness.archive();
    archive.factChecks().importFile(harness.fixture("claims/africacheck-menaka.html"));
    archive.factChecks().importFile(harness.fixture("claims/factcheck-feed.json"));
    new Ingester(Stages.standard(), archive.writer(), 1, 60_000)
        .ingest(
            new ExportCollector(
                PlatformFormat.TELEGRAM,
                new TelegramExport(),
                List.of(harness.fixture("claims/telegram-sahel-alerte.json")),
                "import:sahel-alerte",
                Clock.systemUTC()),
            p -> {});
    archive.store().commit();
    restatedId =
        archive.store().search(SearchRequest.all().page(0, 20)).hits().stream()
            .map(h -> h.document())
            .filter(d -> d.text().startsWith("Ménaka est perdue"))
            .map(AnalyzedDocument::id)
            .findFirst()
            .orElseThrow();
    archive
        .catalog()
        .sources()
        .add(
            new Source(
                "sahel-satire",
                "Sahel Satire",
                SourceKind.FEED,
                "https://sahel-satire.example/feed.xml",
                "ML",
                "fra",
                List.of(),
                Duration.ofHours(6),
                false,
                Map.of()),
            Instant.now());
    harness.user("editrice", Role.EDITOR);
    base =
        harness.start(
            new WebServer(
                    archive.store(),
                    harness.access(AccessControl.Mode.PROTECTED),
                    new SourcesPages(
                            archive.catalog().sources(),
                            null,
                            new CoverageReader(archive.store()),
                            Clock.systemUTC())
                        .withLabels(archive.catalog().sourceLabels()))
                .withFactChecks(archive.factChecks()));
    client = harness.signedIn("editrice");
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  static Document page(String path) throws Exception {
    HttpResponse<String> r = client.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body(), base + path);
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = client.get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return DocumentJson.mapper().readTree(r.body());
  }

  @Test
  void thePostRestatingTheFalseClaimShowsTheFactCheckWithItsLink() throws Exception {
    Document doc = page("/documents/" + restatedId);
    Element check = doc.selectFirst(".fact-checks li.fact-check");
    assertThat(check).as(doc.select("aside").text()).isNotNull();
    Element verdict = check.selectFirst("a.verdict");
    assertThat(verdict.text()).isEqualTo("vérifié : faux — Africa Check, 12 mars" + year());
    assertThat(verdict.attr("href"))
        .isEqualTo(
            "https://africacheck.org/fr/fact-checks/meta-programme-fact-checks/"
                + "non-larmee-malienne-na-pas-abandonne-menaka");
    assertThat(check.select(".claim").text()).startsWith("L'armée malienne a abandonné");
    assertThat(check.select(".how").text()).startsWith("reformulation, ");
  }

  @Test
  void inEnglishTheVerdictSaysChecked() throws Exception {
    Document doc = page("/documents/" + restatedId + "?lang=en");
    assertThat(doc.select(".fact-checks a.verdict").text())
        .isEqualTo("checked: faux — Africa Check, 12 March" + year());
  }

  /** The review's year is shown only when it is not this year's. */
  private static String year() {
    return java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() == 2026 ? "" : " 2026";
  }

  @Test
  void theApiListsTheClaimsAndTheirMatches() throws Exception {
    JsonNode list = json("/api/claims?limit=10");
    assertThat(list.get("total").asInt()).isEqualTo(5);
    JsonNode first = list.get("claims").get(0);
    assertThat(first.has("claim")).isTrue();
    JsonNode matches = json("/api/claims/matches?document=" + restatedId).get("matches");
    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).get("method").asText()).isEqualTo("restated");
    long claimId = matches.get(0).get("claimId").asLong();
    JsonNode claim = json("/api/claims/" + claimId);
    assertThat(claim.get("reviewer").asText()).isEqualTo("Africa Check");
    assertThat(claim.get("matched")).hasSize(2);
    assertThat(client.get("/api/claims/999999").statusCode()).isEqualTo(404);
    assertThat(client.get("/api/claims/matches").statusCode()).isEqualTo(400);
    JsonNode doc = json("/api/documents/" + restatedId);
    assertThat(doc.toString()).contains("\"kind\":\"claim\"").contains("\"factCheck\"");
  }

  @Test
  void anEditorLabelsASourceAndTheLabelShowsBesideIt() throws Exception {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("label", "satire");
    form.put("_csrf", client.csrf());
    HttpResponse<String> posted = client.post("/sources/sahel-satire/labels", form);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
    Document list = page("/sources");
    assertThat(list.select("tr[data-source=sahel-satire] .source-label").text())
        .isEqualTo("satirique");
    Document one = page("/sources/sahel-satire");
    assertThat(one.select(".source-meta .source-label").text()).isEqualTo("satirique");
    assertThat(one.select("input[name=label][value=satire]").hasAttr("checked")).isTrue();
    JsonNode api = json("/api/sources/sahel-satire");
    assertThat(api.get("labels").get(0).asText()).isEqualTo("satire");
    form.put("label", "propagande");
    assertThat(client.post("/sources/sahel-satire/labels", form).statusCode()).isEqualTo(400);
  }
}
