package org.vigie.archive.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.collect.sources.MutableClock;
import org.vigie.collect.sources.SourceException;

/**
 * The server's background collection on a data folder whose small file system fills up: the run
 * ends (no hang) with the disk-full error, collection stops instead of starting run after run, the
 * archive closes and releases its lock, and the same source run again with space reaches the right
 * count. Needs root to mount a 4 MB tmpfs; skipped with a message elsewhere.
 */
class DiskFullCollectionIT {
  private static final int FILES = 1_500;
  private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

  @TempDir Path work;
  private Path mount;

  @AfterEach
  void unmount() throws Exception {
    if (mount != null) {
      new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
    }
  }

  @Test
  void aFullDiskStopsTheCollectionAndTheNextRunWithSpaceCompletesIt() throws Exception {
    Path small = Files.createDirectories(work.resolve("small"));
    assumeTrue(mountTmpfs(small, "4m"), "cannot mount a small tmpfs here (needs root): skipped");
    mount = small;
    Path drop = inputs(work.resolve("drop"));
    Path data = small.resolve("data");
    MutableClock clock = new MutableClock(T0);

    Archive archive = Archive.open(data);
    try {
      archive.catalog().sources().add(SourceRunnerTest.importing("drop", drop, Map.of()), T0);
      SourceRunner runner = new SourceRunner(archive, KindCollectors.standard(clock), clock, 500);
      try (SourceScheduler scheduler = new SourceScheduler(runner, clock, 1)) {
        assertThat(scheduler.runNow("drop")).isTrue();
        assertThat(scheduler.awaitIdle(Duration.ofMinutes(3))).as("the run ended").isTrue();

        assertThat(scheduler.halted())
            .hasValueSatisfying(
                why -> assertThat(why).contains("ingest stopped").containsIgnoringCase("space"));
        clock.advance(Duration.ofDays(1)); // the source is due again: nothing starts
        assertThat(scheduler.tick()).isEmpty();
        assertThatThrownBy(() -> scheduler.runNow("drop"))
            .isInstanceOf(SourceException.class)
            .hasMessageContaining("collection is stopped");
      }
    } finally {
      closeQuietly(archive);
    }
    long kept;
    try (Archive reopened = Archive.open(data)) { // the lock was released
      kept = reopened.store().count();
    }
    assertThat(kept).isLessThan(FILES);

    Path roomy = work.resolve("roomy");
    copy(data, roomy);
    try (Archive again = Archive.open(roomy)) {
      SourceRunner runner = new SourceRunner(again, KindCollectors.standard(clock), clock, 500);
      SourceRunner.Result result = runner.run("drop", p -> {});
      assertThat(result.succeeded()).as(String.valueOf(result.error())).isTrue();
      assertThat(again.store().count()).isEqualTo(FILES);
    }
  }

  /**
   * Closing on a full disk may fail to write the last commit: it is rolled back, the lock freed.
   */
  private static void closeQuietly(Archive archive) {
    try {
      archive.close();
    } catch (RuntimeException e) {
      // what was committed before stays; the reopening below checks the lock is free
    }
  }

  /** Distinct French texts of a few kilobytes, enough to fill the 4 MB disk more than once. */
  static Path inputs(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (int i = 0; i < FILES; i++) {
      StringBuilder text = new StringBuilder("Communiqué numéro " + i + " de la préfecture.\n\n");
      for (int p = 0; p < 12; p++) {
        text.append("Le conseil de cercle ")
            .append(i * 31 + p)
            .append(" a reçu les chefs de village pour parler des puits, des pistes et de la")
            .append(" campagne agricole, selon le compte rendu ")
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
