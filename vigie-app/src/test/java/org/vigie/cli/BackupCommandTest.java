package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.archive.backup.BackupManifest;

/**
 * {@code vigie backup}, {@code restore} and {@code verify} on a folder no other process holds: the
 * messages in French by default and English on request, the exit codes (0, 2 for what the user can
 * fix, 3 when something disagrees).
 */
class BackupCommandTest {
  @TempDir Path work;

  @Test
  void backupRestoreVerifyInFrenchThenEnglishWithTheirExitCodes() throws Exception {
    Path data = work.resolve("data");
    Run ingest =
        vigie("ingest", Fixtures.path("samples/seeds").toString(), "--data", data.toString());
    assertThat(ingest.exit).as(ingest.err).isZero();

    Path backup = work.resolve("sauvegarde");
    Run backedUp = vigie("backup", "--to", backup.toString(), "--data", data.toString());
    assertThat(backedUp.exit).as(backedUp.err).isZero();
    assertThat(backedUp.out).startsWith("Sauvegarde complète dans " + backup.toAbsolutePath());
    assertThat(backedUp.err).contains("Mo copiés");
    long documents = BackupManifest.read(backup).documents();
    assertThat(documents).isPositive();

    Run ofBackup = vigie("verify", backup.toString());
    assertThat(ofBackup.exit).as(ofBackup.out + ofBackup.err).isZero();
    assertThat(ofBackup.out).contains("(sauvegarde) : tout concorde");

    Path restored = work.resolve("restauree");
    Run restore =
        vigie("restore", backup.toString(), "--data", restored.toString(), "--lang", "en");
    assertThat(restore.exit).as(restore.err).isZero();
    assertThat(restore.out).startsWith("Backup " + backup + " restored into " + restored);

    Run verify = vigie("verify", "--data", restored.toString(), "--lang", "en");
    assertThat(verify.exit).as(verify.out + verify.err).isZero();
    assertThat(verify.out).contains("(data folder): everything agrees");

    Files.writeString(
        restored.resolve(BackupManifest.RESTORED),
        Files.readString(restored.resolve(BackupManifest.RESTORED))
            .replaceFirst("\"documents\" : \\d+", "\"documents\" : " + (documents + 1)));
    Run disagree = vigie("verify", "--data", restored.toString());
    assertThat(disagree.exit).isEqualTo(VerifyCommand.DISAGREE);
    assertThat(disagree.out)
        .contains("1 désaccord(s)")
        .contains("✗ index : " + documents + " documents, the manifest counted " + (documents + 1));

    Files.delete(backup.resolve(BackupManifest.FILE));
    Run incomplete =
        vigie("restore", backup.toString(), "--data", work.resolve("autre").toString());
    assertThat(incomplete.exit).isEqualTo(VigieCli.USAGE);
    assertThat(incomplete.err).contains("not a complete Vigie backup").doesNotContain("Exception");
  }

  private record Run(int exit, String out, String err) {}

  private static Run vigie(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        VigieCli.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
