package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.link.topics.TaxonomyFile;

/** {@code vigie topics list|import|export} on a real archive of the seeds. */
class TopicsCommandTest {
  @TempDir Path work;

  private String data() {
    return work.resolve("data").toString();
  }

  @Test
  void exportImportRoundTripAndImportRetagsTheArchive() throws Exception {
    VigieCliTest.Run ingest =
        VigieCliTest.vigie("--data", data(), "ingest", VigieCliTest.SEEDS.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();

    Path exported = work.resolve("taxonomy.json");
    VigieCliTest.Run export =
        VigieCliTest.vigie("--data", data(), "topics", "export", exported.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).contains("58 sujets exportés");
    assertThat(TaxonomyFile.read(exported).topics())
        .containsExactlyInAnyOrderElementsOf(TaxonomyFile.starter());

    Path mine = work.resolve("mine.json");
    Files.writeString(
        mine,
        """
        {"topics": [
          {"id": "blogueurs", "name": "Blogueurs", "category": ["Médias"], "query": "blogueurs"},
          {"id": "casse", "name": "Cassé", "query": "(blogueurs"}
        ]}
        """);
    VigieCliTest.Run imported =
        VigieCliTest.vigie("--data", data(), "topics", "import", mine.toString());
    assertThat(imported.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(imported.err()).contains("mine.json", "topic #2", "field 'query'");
    assertThat(imported.out())
        .contains("1 sujets importés")
        .contains("Ré-étiquetage : blogueurs (");

    VigieCliTest.Run search = VigieCliTest.vigie("--data", data(), "search", "topic:blogueurs");
    VigieCliTest.Run words = VigieCliTest.vigie("--data", data(), "search", "blogueurs");
    assertThat(search.out().lines().count())
        .isEqualTo(words.out().lines().count())
        .isGreaterThan(1);

    VigieCliTest.Run list = VigieCliTest.vigie("--data", data(), "topics", "list");
    assertThat(list.out()).contains("blogueurs\tMédias\tBlogueurs\tblogueurs");
    assertThat(VigieCliTest.vigie("--data", data(), "topics", "import", "nope.json").exit())
        .isEqualTo(VigieCli.USAGE);
  }

  /** Issue #20: a query that mixes OU and ET without parentheses is imported, with a warning. */
  @Test
  void aQueryMixingOuAndEtIsImportedWithAWarning() throws Exception {
    Path mixed = work.resolve("mixed.json");
    Files.writeString(
        mixed,
        """
        {"topics": [
          {"id": "journalistes", "name": "Journalistes", "query": "journaliste OU journalistes ET arrêté"},
          {"id": "clair", "name": "Clair", "query": "(journaliste OU journalistes) ET arrêté"}
        ]}
        """);
    VigieCliTest.Run imported =
        VigieCliTest.vigie("--data", data(), "topics", "import", mixed.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.err())
        .contains("journalistes mêle OU et ET sans parenthèses (caractère 13)")
        .doesNotContain("clair mêle");
    VigieCliTest.Run list = VigieCliTest.vigie("--lang", "en", "--data", data(), "topics", "list");
    assertThat(list.err()).contains("topic journalistes mixes OU and ET without parentheses");
  }
}
