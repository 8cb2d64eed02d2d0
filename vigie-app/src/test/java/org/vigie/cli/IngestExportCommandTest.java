package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.document.DocumentJson;

/** {@code vigie ingest --format …} on the platform export fixtures of vigie-core. */
class IngestExportCommandTest {
  static final Path EXPORTS = Fixtures.path("platform");
  @TempDir Path work;

  private String data() {
    return work.resolve("data").toString();
  }

  @Test
  void aTelegramExportIsIngestedAndItsBadMessagesListedWithTheirPosition() throws Exception {
    Path export = EXPORTS.resolve("telegram/malformed.json");
    VigieCliTest.Run run =
        VigieCliTest.vigie("ingest", "--format", "telegram", export.toString(), "--data", data());

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains(export + "@367: message #1 (line 15) is not valid JSON")
        .contains(export + "@733: message #3 (line 30): views is not a number: 'beaucoup'")
        .contains("MALFORMED_RECORD")
        .doesNotContain("\tat ");
    VigieCliTest.Run search =
        VigieCliTest.vigie("search", "platform:telegram", "--json", "--data", data());
    JsonNode result = DocumentJson.mapper().readTree(search.out());
    assertThat(result.get("total").asLong()).isEqualTo(2);
  }

  @Test
  void aGenericCsvNeedsAMappingAndItsFieldsAreChecked() {
    Path csv = EXPORTS.resolve("csv/generic-posts.csv");
    VigieCliTest.Run unknown =
        VigieCliTest.vigie(
            "ingest", "--format", "csv", "--map", "texte=body", csv.toString(), "--data", data());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("options d'import invalides : unknown field 'texte'")
        .doesNotContain("\tat ");

    VigieCliTest.Run noFormat =
        VigieCliTest.vigie("ingest", "--map", "text=body", csv.toString(), "--data", data());
    assertThat(noFormat.exit()).isEqualTo(2);
    assertThat(noFormat.err()).contains("--map, --platform et --as demandent --format");

    VigieCliTest.Run mapped =
        VigieCliTest.vigie(
            "ingest",
            "--format",
            "csv",
            "--platform",
            "mastodon",
            "--map",
            "text=body",
            "--map",
            "account.handle=screen_name",
            "--map",
            "published=posted_at",
            csv.toString(),
            "--data",
            data());
    assertThat(mapped.exit()).as(mapped.err()).isZero();
    assertThat(mapped.err()).contains("2 documents");
  }
}
