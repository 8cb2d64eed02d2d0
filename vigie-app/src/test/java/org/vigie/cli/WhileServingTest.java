package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.cli.VigieCliTest.vigie;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.archive.Archive;

/**
 * What the command line says when the archive is open elsewhere (a running server holds it), and
 * the help and export options a new user tries first.
 */
class WhileServingTest {
  @TempDir Path work;

  @Test
  void aUserOrSourceCommandWhileTheServerHoldsTheArchiveSaysHowToDoItInFrench() {
    Path data = work.resolve("data");
    try (Archive serving = Archive.open(data)) {
      VigieCliTest.Run user =
          vigie("user", "add", "amina", "--role", "editor", "--data", data.toString());
      assertThat(user.exit()).isEqualTo(VigieCli.USAGE);
      assertThat(user.err())
          .startsWith("vigie : l'archive " + data)
          .contains("est ouverte par un autre processus Vigie")
          .contains("/admin/users")
          .contains("page Sources (/sources)")
          .contains("arrêtez le serveur")
          .doesNotContain("Exception")
          .doesNotContain("in use by");
      VigieCliTest.Run source =
          vigie(
              "source",
              "add",
              "--name",
              "Studio Tamani",
              "--kind",
              "feed",
              "--url",
              "https://www.studiotamani.org/feed/",
              "--data",
              data.toString(),
              "--lang",
              "en");
      assertThat(source.exit()).isEqualTo(VigieCli.USAGE);
      assertThat(source.err()).contains("is open in another Vigie process");
    }
  }

  @Test
  void everyCommandHasHelpDemoIncluded() {
    VigieCliTest.Run help = vigie("demo", "--help");
    assertThat(help.exit()).as(help.err()).isZero();
    assertThat(help.out()).contains("--live").contains("Enregistre les sources d’exemple");
    assertThat(vigie("source", "add", "--help").exit()).isZero();
  }

  @Test
  void theHelpIsInFrenchUnlessEnglishIsAsked() {
    VigieCliTest.Run top = vigie("--help");
    assertThat(top.out())
        .startsWith("Utilisation : vigie")
        .contains("Commandes :")
        .contains("Ingère des fichiers")
        .contains("Affiche cette aide et quitte.");
    VigieCliTest.Run add = vigie("source", "add", "--help");
    assertThat(add.out())
        .contains("Enregistre une source")
        .contains("Flux, plan de site ou page d’accueil");
    VigieCliTest.Run english = vigie("source", "add", "--help", "--lang", "en");
    assertThat(english.out())
        .startsWith("Usage: vigie source add")
        .contains("Register a source")
        .doesNotContain("Enregistre");
  }

  @Test
  void anExportForAFrenchSpreadsheetUsesSemicolons() {
    String data = work.resolve("data").toString();
    assertThat(vigie("ingest", Fixtures.path("samples/seeds").toString(), "--data", data).exit())
        .isZero();
    VigieCliTest.Run csv =
        vigie("export", "MINUSMA", "--format", "csv", "--separator", ";", "--data", data);
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(csv.out()).startsWith("\uFEFFid;title;published;source;site;url;");
    VigieCliTest.Run none = vigie("export", "zzqqxx", "--data", data);
    assertThat(none.err()).contains("0 document exporté.");
    assertThat(vigie("search", "zzqqxx", "--data", data).out()).contains("Aucun document");
    VigieCliTest.Run bad = vigie("export", "--format", "csv", "--separator", "|", "--data", data);
    assertThat(bad.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(bad.err()).contains("--separator '|'");
  }
}
