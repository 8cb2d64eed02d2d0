package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.cli.VigieCliTest.vigie;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.cli.VigieCliTest.Run;
import org.vigie.document.DocumentJson;

/**
 * {@code vigie factchecks import|list}, {@code vigie eval claims} and source labels in-process, on
 * vigie-core's ClaimReview fixtures.
 */
class FactChecksCommandTest {
  @TempDir Path work;

  private String data() {
    return work.resolve("data").toString();
  }

  @Test
  void importsAFeedAndAPageThenListsThem() {
    Path feed = Fixtures.path("claims/factcheck-feed.json");
    Path page = Fixtures.path("claims/africacheck-menaka.html");
    Run imported =
        vigie("factchecks", "import", feed.toString(), page.toString(), "--data", data());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains("factcheck-feed.json : 4 vérifications lues, 4 nouvelles, 0 mises à jour.")
        .contains("africacheck-menaka.html : 1 vérifications lues, 1 nouvelles, 0 mises à jour.")
        .contains("Vérifications connues : 5.");
    Run list = vigie("factchecks", "list", "--data", data());
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out())
        .contains("[Faux] Africa Check, 2026-03-12")
        .contains("Le vaccin contre le paludisme distribué au Mali rend les enfants stériles.");
  }

  @Test
  void importsAFeedServedAtAnAddress() throws Exception {
    byte[] feed = java.nio.file.Files.readAllBytes(Fixtures.path("claims/factcheck-feed.json"));
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/claimreview-feed.json",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, feed.length);
          exchange.getResponseBody().write(feed);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/claimreview-feed.json";
      Run refused = vigie("factchecks", "import", url, "--data", data());
      assertThat(refused.exit()).isEqualTo(VigieCli.USAGE);
      assertThat(refused.err()).contains("cannot fetch " + url);
      Run r = vigie("factchecks", "import", url, "--allow-private", "--data", data());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains(url + " : 4 vérifications lues, 4 nouvelles");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aMalformedFileIsAUsageErrorNamingItsPlace() {
    Path broken = Fixtures.path("claims/factcheck-feed-broken.json");
    Run r = vigie("factchecks", "import", broken.toString(), "--data", data());
    assertThat(r.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(r.err()).contains("factcheck-feed-broken.json: line 12, column 11: not JSON");
    assertThat(r.err()).doesNotContain("at org.vigie");
  }

  @Test
  void aPostRestatingAnImportedClaimIsFoundByTheClaimSignal() throws Exception {
    Path page = Fixtures.path("claims/africacheck-menaka.html");
    assertThat(vigie("factchecks", "import", page.toString(), "--data", data()).exit()).isZero();
    Path export = Fixtures.path("claims/telegram-sahel-alerte.json");
    Run ingest = vigie("ingest", "--format", "telegram", export.toString(), "--data", data());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    Run found = vigie("export", "--format", "jsonl", "Ménaka perdue", "--data", data());
    assertThat(found.exit()).as(found.err()).isZero();
    JsonNode doc = DocumentJson.mapper().readTree(found.out().lines().findFirst().orElseThrow());
    JsonNode signal = doc.get("signals").get(0);
    assertThat(signal.get("kind").asText()).isEqualTo("claim");
    assertThat(signal.get("label").asText()).isEqualTo("faux");
    assertThat(signal.get("categories").get(0).asText()).isEqualTo("restated");
    assertThat(signal.get("factCheck").get("reviewer").asText()).isEqualTo("Africa Check");
    assertThat(signal.get("factCheck").get("rating").asText()).isEqualTo("Faux");
  }

  @Test
  void evalClaimsPrintsPrecisionAndRecallOfTheLabelledSet() throws Exception {
    Path pairs = Fixtures.path("claims/claim-pairs.tsv");
    Run r = vigie("eval", "claims", pairs.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = DocumentJson.mapper().readTree(r.out());
    assertThat(o.get("all").get("pairs").asInt()).isGreaterThanOrEqualTo(100);
    assertThat(o.get("heldOut").get("precision").asDouble()).isGreaterThanOrEqualTo(0.85);
    assertThat(o.get("heldOut").get("recall").asDouble()).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void sourceLabelsAreSetAndAnUnknownOneIsRefused() {
    Path page = Fixtures.path("claims/africacheck-menaka.html");
    Run add =
        vigie(
            "source",
            "add",
            "--data",
            data(),
            "--name",
            "Sahel Satire",
            "--kind",
            "feed",
            "--url",
            "https://sahel-satire.example/feed.xml");
    assertThat(add.exit()).as(add.err()).isZero();
    Run label = vigie("source", "edit", "sahel-satire", "--label", "satire", "--data", data());
    assertThat(label.exit()).as(label.err()).isZero();
    Run list = vigie("source", "list", "--data", data());
    assertThat(list.out()).contains("satire");
    Run bad = vigie("source", "edit", "sahel-satire", "--label", "propagande", "--data", data());
    assertThat(bad.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(bad.err()).contains("unknown source label 'propagande'");
    assertThat(page).exists();
  }
}
