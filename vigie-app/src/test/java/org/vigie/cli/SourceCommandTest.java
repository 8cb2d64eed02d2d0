package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.cli.VigieCliTest.vigie;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.cli.VigieCliTest.Run;
import org.vigie.document.DocumentJson;

/** {@code vigie source add|list|run|remove} in-process, on the hand-written fixture folder. */
class SourceCommandTest {
  static final Path KLEDU = Fixtures.path("sources/kledu");

  @TempDir Path work;

  private String data() {
    return work.resolve("data").toString();
  }

  @Test
  void anImportSourceWithAFormatReadsAPlatformExport() throws Exception {
    Path channel = Fixtures.path("platform/telegram/channel.json");
    Run add =
        vigie(
            "source",
            "add",
            "--data",
            data(),
            "--name",
            "Canal Telegram",
            "--kind",
            "import",
            "--path",
            channel.toString(),
            "--option",
            "format=telegram");
    assertThat(add.exit()).as(add.err()).isZero();
    Run ran = vigie("source", "run", "canal-telegram", "--data", data());
    assertThat(ran.exit()).as(ran.err()).isZero();
    assertThat(ran.err()).containsPattern("canal-telegram : [1-9][0-9]* documents ajoutés");
    Run forwarded = vigie("search", "type:post relation:forward", "--json", "--data", data());
    assertThat(forwarded.exit()).as(forwarded.err()).isZero();
    assertThat(DocumentJson.mapper().readTree(forwarded.out()).get("total").asLong()).isPositive();
    Run generic =
        vigie(
            "source",
            "add",
            "--data",
            data(),
            "--name",
            "Sans correspondance",
            "--kind",
            "import",
            "--path",
            channel.toString(),
            "--option",
            "format=jsonl");
    assertThat(generic.exit()).isZero();
    Run refused = vigie("source", "run", "sans-correspondance", "--data", data());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("text=COLUMN").contains("BAD_OPTION");
  }

  @Test
  void addListRunAndRemoveAnImportSource() throws Exception {
    Run add =
        vigie(
            "source",
            "add",
            "--data",
            data(),
            "--name",
            "Radio Kledu",
            "--kind",
            "import",
            "--path",
            KLEDU.toString(),
            "--country",
            "ML",
            "--language",
            "fra",
            "--tag",
            "radio",
            "--tag",
            "bamako",
            "--every",
            "6h");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).contains("Source enregistrée : radio-kledu (import, 6 h)");

    Run listed = vigie("source", "list", "--data", data());
    assertThat(listed.exit()).as(listed.err()).isZero();
    assertThat(listed.out()).contains("ÉTAT").contains("radio-kledu").contains("jamais collectée");

    Run ran = vigie("source", "run", "radio-kledu", "--data", data());
    assertThat(ran.exit()).as(ran.err()).isZero();
    assertThat(ran.err()).contains("radio-kledu : 3 documents ajoutés, 0 déjà présents");
    assertThat(ran.err()).contains("1/1 fichiers").contains("█");

    Run again = vigie("source", "run", "radio-kledu", "--data", data(), "--lang", "en");
    assertThat(again.err()).contains("radio-kledu: 0 documents added, 3 already there");

    JsonNode json =
        DocumentJson.mapper().readTree(vigie("source", "list", "--json", "--data", data()).out());
    JsonNode kledu = json.get(0);
    assertThat(kledu.get("id").asText()).isEqualTo("radio-kledu");
    assertThat(kledu.get("kind").asText()).isEqualTo("import");
    assertThat(kledu.get("tags").toString()).isEqualTo("[\"radio\",\"bamako\"]");
    assertThat(kledu.get("schedule").asText()).isEqualTo("PT6H");
    assertThat(kledu.get("options").size()).isZero();
    assertThat(kledu.get("state").get("lastSuccessAt").isNull()).isFalse();
    assertThat(kledu.get("state").get("consecutiveFailures").asInt()).isZero();
    assertThat(kledu.get("coverage").get("lastDocumentAt").asText()).startsWith("2024-03-09");
    assertThat(kledu.get("coverage").get("usualIntervalSeconds").asLong())
        .isEqualTo(2 * 86400 + 43200);

    Run edited =
        vigie(
            "source",
            "edit",
            "radio-kledu",
            "--data",
            data(),
            "--name",
            "Radio Kledu Bamako",
            "--every",
            "1d",
            "--tag",
            "radio",
            "--option",
            "format=text");
    assertThat(edited.exit()).as(edited.err()).isZero();
    assertThat(edited.out()).contains("Source modifiée : radio-kledu (import, 1 j)");
    JsonNode after =
        DocumentJson.mapper()
            .readTree(vigie("source", "list", "--json", "--data", data()).out())
            .get(0);
    assertThat(after.get("name").asText()).isEqualTo("Radio Kledu Bamako");
    assertThat(after.get("schedule").asText()).isEqualTo("PT24H");
    assertThat(after.get("tags").toString()).isEqualTo("[\"radio\"]");
    assertThat(after.get("country").asText()).isEqualTo("ML");
    assertThat(after.get("state").get("lastSuccessAt").isNull()).isFalse();
    Run unknown = vigie("source", "edit", "nulle-part", "--data", data(), "--name", "X");
    assertThat(unknown.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(unknown.err()).contains("nulle-part");

    Run english = vigie("source", "list", "--data", data(), "--lang", "en");
    assertThat(english.out())
        .as("registered just now: its 2024 documents do not make it silent")
        .contains("LAST SUCCESS")
        .contains(" ok ")
        .doesNotContain("silent");

    Run removed = vigie("source", "remove", "radio-kledu", "--data", data());
    assertThat(removed.exit()).isZero();
    assertThat(removed.out()).contains("Source retirée : radio-kledu");
    assertThat(vigie("source", "list", "--data", data()).out())
        .contains("Aucune source enregistrée");
    assertThat(vigie("search", "Sikasso", "--data", data()).out()).contains("Sikasso");
  }

  @Test
  void aFailingRunExitsWithTwoAndShowsItsErrorInTheList() throws Exception {
    Path missing = Files.createDirectories(work.resolve("absent"));
    vigie(
        "source",
        "add",
        "--data",
        data(),
        "--id",
        "absent",
        "--name",
        "Absent",
        "--kind",
        "import",
        "--path",
        missing.toString(),
        "--every",
        "1h");
    Files.delete(missing);
    Run due = vigie("source", "run", "--all-due", "--data", data());
    assertThat(due.exit()).isEqualTo(2);
    assertThat(due.err())
        .contains("absent : échec —")
        .contains("no such file or folder")
        .contains("[UNREADABLE]");
    Run listed = vigie("source", "list", "--data", data());
    assertThat(listed.out()).contains("en échec (1)").contains("no such file or folder");
    assertThat(vigie("source", "run", "--all-due", "--data", data()).err())
        .contains("Aucune source n'est due maintenant.");
    Files.createDirectories(missing);
    Files.copy(KLEDU.resolve("2024-03.jsonl"), missing.resolve("a.jsonl"));
    assertThat(vigie("source", "run", "absent", "--data", data()).exit()).isZero();
    assertThat(vigie("source", "list", "--data", data()).out())
        .as("its documents are from 2024, but it was registered just now: not silent")
        .doesNotContain("silencieuse")
        .doesNotContain("no such file");
  }

  @Test
  void addingASourceChecksItsAddressAtOnce() throws Exception {
    String d = data();
    Run notUrl =
        vigie(
            "source",
            "add",
            "--data",
            d,
            "--name",
            "X",
            "--kind",
            "feed",
            "--url",
            "www.maliweb.net/feed");
    assertThat(notUrl.exit()).isEqualTo(2);
    assertThat(notUrl.err())
        .contains("« www.maliweb.net/feed » n'est pas une adresse web")
        .doesNotContain("Exception");
    Run local =
        vigie(
            "source",
            "add",
            "--data",
            d,
            "--name",
            "Intranet",
            "--kind",
            "feed",
            "--url",
            "http://127.0.0.1:8080/rss.xml");
    assertThat(local.exit()).isEqualTo(2);
    assertThat(local.err())
        .contains("http://127.0.0.1:8080/rss.xml mène à une adresse privée ou locale")
        .contains("--allow-private");
    Run allowed =
        vigie(
            "source",
            "add",
            "--data",
            d,
            "--name",
            "Intranet",
            "--kind",
            "feed",
            "--url",
            "http://127.0.0.1:8080/rss.xml",
            "--allow-private");
    assertThat(allowed.exit()).as(allowed.err()).isZero();
    Run noPath =
        vigie(
            "source",
            "add",
            "--data",
            d,
            "--name",
            "Dossier",
            "--kind",
            "import",
            "--path",
            work.resolve("nulle-part").toString());
    assertThat(noPath.exit()).isEqualTo(2);
    assertThat(noPath.err()).contains("nulle-part").contains("n'existe pas");
    Run edited = vigie("source", "edit", "intranet", "--data", d, "--url", "http://localhost/flux");
    assertThat(edited.exit()).as(edited.err()).isZero();
    Run refused = vigie("source", "edit", "intranet", "--data", d, "--allow-private", "false");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("http://localhost/flux mène à une adresse privée");
  }

  @Test
  void badInputIsAUsageErrorNamingTheValue() {
    String d = data();
    Run kind =
        vigie(
            "source",
            "add",
            "--data",
            d,
            "--name",
            "X",
            "--kind",
            "rss",
            "--url",
            "https://x.example/");
    assertThat(kind.exit()).isEqualTo(2);
    assertThat(kind.err()).contains("type de source inconnu « rss »").doesNotContain("Exception");
    Run every =
        vigie(
            "source",
            "add",
            "--data",
            d,
            "--name",
            "X",
            "--kind",
            "feed",
            "--url",
            "https://x.example/",
            "--every",
            "souvent");
    assertThat(every.err()).contains("fréquence illisible « souvent »");
    Run where =
        vigie("source", "add", "--data", d, "--name", "X", "--kind", "feed", "--path", "/tmp");
    assertThat(where.exit()).isEqualTo(2);
    vigie(
        "source",
        "add",
        "--data",
        d,
        "--name",
        "X",
        "--kind",
        "feed",
        "--url",
        "https://x.example/");
    Run twice =
        vigie(
            "source",
            "add",
            "--data",
            d,
            "--name",
            "X",
            "--kind",
            "feed",
            "--url",
            "https://x.example/");
    assertThat(twice.exit()).isEqualTo(2);
    assertThat(twice.err()).contains("'x' already exists");
    assertThat(vigie("source", "remove", "nope", "--data", d).err())
        .contains("aucune source n'a l'identifiant « nope »");
    assertThat(vigie("source", "run", "nope", "--data", d).exit()).isEqualTo(2);
    Run feed = vigie("source", "run", "x", "--data", d);
    assertThat(feed.exit()).isEqualTo(2);
    assertThat(feed.err()).contains("x : échec").contains("x.example").doesNotContain("ROBOTS");
  }
}
