package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.document.DocumentJson;

/** {@code vigie accounts} and {@code vigie influence} over platform exports imported by the CLI. */
class AccountsInfluenceCommandTest {
  @TempDir Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  private void ingest() {
    Path exports = Fixtures.path("platform");
    for (String[] f :
        new String[][] {
          {"x", exports.resolve("x/archive").toString()},
          {"crowdtangle", exports.resolve("csv/crowdtangle-facebook.csv").toString()}
        }) {
      VigieCliTest.Run run = VigieCliTest.vigie("ingest", "--format", f[0], f[1], "--data", data());
      assertThat(run.exit()).as(run.err()).isZero();
    }
  }

  @Test
  void listsShowsAndLinksAccountsAndRanksThemByInfluence() throws Exception {
    ingest();
    VigieCliTest.Run list =
        VigieCliTest.vigie("--data", data(), "accounts", "list", "--platform", "facebook");
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out())
        .contains(
            "facebook/100064321987654  @StudioTamani (Studio Tamani)  2 publications  604210 abonnés");
    VigieCliTest.Run show =
        VigieCliTest.vigie("--data", data(), "accounts", "show", "facebook", "100064321987654");
    assertThat(DocumentJson.mapper().readTree(show.out()).get("followerSeries")).hasSize(2);
    VigieCliTest.Run link =
        VigieCliTest.vigie(
            "--data",
            data(),
            "accounts",
            "link",
            "--actor",
            "Studio Tamani",
            "facebook/100064321987654");
    assertThat(link.out()).contains("1 compte lié à l’acteur « Studio Tamani »");
    VigieCliTest.Run missing =
        VigieCliTest.vigie("--data", data(), "accounts", "link", "--actor", "X", "facebook/nope");
    assertThat(missing.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(missing.err()).contains("aucun compte facebook/nope");

    VigieCliTest.Run influence =
        VigieCliTest.vigie(
            "--data",
            data(),
            "influence",
            "--from",
            "2024-03-01",
            "--to",
            "2024-03-31",
            "--format",
            "json");
    assertThat(influence.exit()).as(influence.err()).isZero();
    JsonNode ranked = DocumentJson.mapper().readTree(influence.out()).get("accounts");
    assertThat(ranked.size()).isPositive();
    for (String field :
        new String[] {
          "platform", "id", "handle", "pagerank", "hub", "authority", "core", "followers"
        }) {
      assertThat(ranked.get(0).has(field)).as(field).isTrue();
    }
    VigieCliTest.Run gexf =
        VigieCliTest.vigie(
            "--data",
            data(),
            "influence",
            "--from",
            "2024-03-01",
            "--to",
            "2024-03-31",
            "--format",
            "gexf");
    assertThat(gexf.out()).startsWith("<?xml").contains("<gexf");
    VigieCliTest.Run bad = VigieCliTest.vigie("--data", data(), "influence", "--graph", "nope");
    assertThat(bad.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(bad.err()).contains("amplification ou attention");
    VigieCliTest.Run rebuilt = VigieCliTest.vigie("--data", data(), "accounts", "rebuild");
    assertThat(rebuilt.out()).contains("publications relues");
    VigieCliTest.Run again =
        VigieCliTest.vigie("--data", data(), "accounts", "list", "--platform", "facebook");
    assertThat(again.out()).contains("@StudioTamani (Studio Tamani)  2 publications");
  }
}
