package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;

/**
 * An ingest into a data folder on a small file system that fills up: the command ends (no hang)
 * with a clear error and a non-zero exit, the data folder's lock is released, and the same ingest
 * run again with space reaches the right count. Needs root to mount a 4 MB tmpfs (a new archive's
 * catalog alone takes about 2 MB while it is created); skipped with a message elsewhere.
 */
class DiskFullIngestIT {
  private static final int FILES = 1_500;

  @TempDir Path work;
  private Path mount;

  @AfterEach
  void unmount() throws Exception {
    if (mount != null) {
      new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
    }
  }

  @Test
  void aFullDiskEndsTheIngestWithAnErrorAndTheNextRunCompletesIt() throws Exception {
    Path small = Files.createDirectories(work.resolve("small"));
    assumeTrue(mountTmpfs(small, "4m"), "cannot mount a small tmpfs here (needs root): skipped");
    mount = small;
    Path inputs = inputs(work.resolve("inputs"));
    Path data = small.resolve("data");

    VigieCliTest.Run full =
        assertTimeoutPreemptively(
            Duration.ofMinutes(3),
            () -> VigieCliTest.vigie("--data", data.toString(), "ingest", inputs.toString()));

    assertThat(full.exit()).isNotZero();
    assertThat(full.err()).contains("ingest stopped").containsIgnoringCase("space");
    assertThat(full.err()).doesNotContain("\tat org.vigie");
    long kept;
    try (Archive archive = Archive.open(data)) { // the lock was released
      kept = archive.store().count();
    }
    assertThat(kept).isLessThan(FILES);

    Path roomy = work.resolve("roomy");
    copy(data, roomy);
    VigieCliTest.Run again =
        VigieCliTest.vigie("--data", roomy.toString(), "ingest", inputs.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    try (Archive archive = Archive.open(roomy)) {
      assertThat(archive.store().count()).isEqualTo(FILES);
    }
  }

  /** Distinct French texts of a few kilobytes, enough to fill 4 MB several times. */
  static Path inputs(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (int i = 0; i < FILES; i++) {
      StringBuilder text = new StringBuilder("Communiqué numéro " + i + " de la rédaction.\n\n");
      for (int p = 0; p < 12; p++) {
        text.append("Le conseil régional de la commune ")
            .append(i * 31 + p)
            .append(" a réuni les délégués des villages pour parler de l'eau, des routes et de la")
            .append(" saison des pluies, selon le rapport ")
            .append(i)
            .append('-')
            .append(p)
            .append(".\n\n");
      }
      Files.writeString(folder.resolve(String.format("%05d.txt", i)), text);
    }
    return folder;
  }

  static boolean mountTmpfs(Path at, String size) {
    try {
      Process p =
          new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, target);
        }
      }
    }
  }
}
