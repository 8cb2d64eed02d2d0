package org.vigie.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.collect.fetch.Exchange;
import org.vigie.collect.fetch.WarcArchive;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ArchivedCopy;
import org.vigie.search.SearchRequest;

class ArchiveBackupTest {
  private static final String[] WORDS = {
    "Bamako",
    "Niamey",
    "Ouagadougou",
    "Dakar",
    "récolte",
    "pluie",
    "élection",
    "marché",
    "école",
    "santé",
    "route",
    "fleuve",
    "coton",
    "mine",
    "or",
    "sécurité",
    "conseil",
    "maire",
    "jeunes",
    "femmes",
    "radio",
    "village",
    "frontière",
    "prix",
    "riz",
    "mil",
    "eau",
    "forage",
    "hôpital"
  };

  @TempDir Path folder;

  /**
   * The Done-when of issue 19 item 3: a backup taken while another thread writes documents holds
   * exactly those written before its point in time (a prefix of the write order), restores, and
   * checks.
   */
  @Test
  void aBackupDuringAnIngestRestoresExactlyTheDocumentsWrittenBeforeItAndChecks() throws Exception {
    Path data = folder.resolve("data");
    Path backup = folder.resolve("backup");
    List<String> written = new CopyOnWriteArrayList<>();
    BackupManifest manifest;
    int before;
    int after;
    try (Archive archive = Archive.open(data)) {
      List<ArchivedCopy> copies = warc(data, 40);
      halfWrittenRecord(data.resolve(copies.getFirst().file()).resolveSibling("site-open.warc.gz"));
      for (int i = 0; i < copies.size(); i++) {
        archive.writer().add(document(i, copies.get(i)));
      }
      archive.writer().commit();
      int total = 1_500;
      AtomicReference<Throwable> failed = new AtomicReference<>();
      Thread ingest =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      for (int i = 1_000; i < 1_000 + total; i++) {
                        AnalyzedDocument d = document(i, null);
                        archive.writer().add(d);
                        written.add(d.id());
                        if (i % 100 == 0) {
                          archive.writer().commit();
                        }
                      }
                    } catch (Throwable t) {
                      failed.set(t);
                    }
                  });
      while (written.size() < 150 && ingest.isAlive()) {
        Thread.sleep(5);
      }
      before = written.size();
      manifest = new ArchiveBackup(archive, p -> {}).to(backup);
      after = written.size();
      ingest.join();
      assertThat(failed.get()).isNull();
      archive.writer().commit();
      assertThat(after).as("the ingest was still running").isLessThan(total);
      assertThat(archive.store().count()).isEqualTo(40 + total);
    }
    long k = manifest.documents() - 40;
    assertThat(k).isBetween((long) before, (long) after + 1);
    assertThat(Files.exists(backup.resolve(BackupManifest.FILE))).isTrue();

    ArchiveVerify.Report ofBackup = new ArchiveVerify(p -> {}).check(backup);
    assertThat(ofBackup.problems()).isEmpty();
    assertThat(ofBackup.originals()).isEqualTo(40);

    Path restored = folder.resolve("restored");
    new ArchiveRestore(p -> {}).restore(backup, restored);
    ArchiveVerify.Report report = new ArchiveVerify(p -> {}).check(restored);
    assertThat(report.problems()).isEmpty();
    assertThat(report.kind()).isEqualTo("folder");
    assertThat(report.documents()).isEqualTo(manifest.documents());
    assertThat(report.originals()).isEqualTo(40);
    assertThat(report.warcFiles()).isEqualTo(2);

    Set<String> expected = new HashSet<>(written.subList(0, (int) k));
    for (int i = 0; i < 40; i++) {
      expected.add(id(i));
    }
    try (Archive archive = Archive.open(restored)) {
      assertThat(ids(archive)).isEqualTo(expected);
      assertThat(archive.catalog().recentRuns(1)).isEmpty();
    }
  }

  @Test
  void verifyNamesTheOneFileThatWasChanged() throws Exception {
    Path data = folder.resolve("data");
    try (Archive archive = Archive.open(data)) {
      List<ArchivedCopy> copies = warc(data, 10);
      for (int i = 0; i < copies.size(); i++) {
        archive.writer().add(document(i, copies.get(i)));
      }
      new ArchiveBackup(archive, p -> {}).to(folder.resolve("backup"));
    }
    Path restored = folder.resolve("restored");
    new ArchiveRestore(p -> {}).restore(folder.resolve("backup"), restored);
    String warc = "warc/site/site-00001.warc.gz";
    flipByte(restored.resolve(warc), Files.size(restored.resolve(warc)) / 2);

    ArchiveVerify.Report report = new ArchiveVerify(p -> {}).check(restored);

    assertThat(report.ok()).isFalse();
    assertThat(report.problems()).containsKey(warc);
    assertThat(report.problems().get(warc)).contains("SHA-256");
    assertThat(report.problems().keySet())
        .allMatch(k -> k.equals(warc) || k.startsWith("document "));
  }

  @Test
  void verifyOfABackupNamesADamagedIndexFile() throws Exception {
    Path data = folder.resolve("data");
    Path backup = folder.resolve("backup");
    try (Archive archive = Archive.open(data)) {
      for (int i = 0; i < 50; i++) {
        archive.writer().add(document(i, null));
      }
      new ArchiveBackup(archive, p -> {}).to(backup);
    }
    Path segment;
    try (var files = Files.list(backup.resolve("index"))) {
      segment =
          files
              .filter(f -> !f.getFileName().toString().startsWith("segments"))
              .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
              .orElseThrow();
    }
    flipByte(segment, Files.size(segment) / 2);
    String name = "index/" + segment.getFileName();

    ArchiveVerify.Report report = new ArchiveVerify(p -> {}).check(backup);

    assertThat(report.problems()).containsKey(name);
    assertThatThrownBy(() -> new ArchiveRestore(p -> {}).restore(backup, folder.resolve("r")))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining(name)
        .hasMessageContaining("SHA-256");
    assertThat(folder.resolve("r")).doesNotExist();
  }

  @Test
  void restoreRefusesANonEmptyTargetAndAnIncompleteBackup() throws Exception {
    Path data = folder.resolve("data");
    try (Archive archive = Archive.open(data)) {
      archive.writer().add(document(1, null));
      new ArchiveBackup(archive, p -> {}).to(folder.resolve("backup"));
      assertThatThrownBy(() -> new ArchiveBackup(archive, p -> {}).to(folder.resolve("backup")))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("is not empty");
      assertThatThrownBy(() -> new ArchiveBackup(archive, p -> {}).to(data.resolve("warc/copy")))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("outside the data folder's warc/");
    }
    Path busy = Files.createDirectories(folder.resolve("busy"));
    Files.writeString(busy.resolve("notes.txt"), "à garder");
    assertThatThrownBy(() -> new ArchiveRestore(p -> {}).restore(folder.resolve("backup"), busy))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining(busy.toString())
        .hasMessageContaining("is not empty");
    assertThat(Files.readString(busy.resolve("notes.txt"))).isEqualTo("à garder");

    Files.delete(folder.resolve("backup").resolve(BackupManifest.FILE));
    assertThatThrownBy(() -> new ArchiveRestore(p -> {}).restore(folder.resolve("backup"), data))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("not a complete Vigie backup");
  }

  /** A backup onto a 1 MiB file system fails, says why, and leaves nothing taken for a backup. */
  @Test
  void aBackupThatRunsOutOfSpaceSaysSoAndLeavesNoBackup() throws Exception {
    Path small = Files.createDirectories(folder.resolve("small"));
    assumeThat(mount(small)).as("mounting a small tmpfs needs root").isTrue();
    try {
      Path data = folder.resolve("data");
      try (Archive archive = Archive.open(data)) {
        List<ArchivedCopy> copies = warc(data, 300);
        for (int i = 0; i < copies.size(); i++) {
          archive.writer().add(document(i, copies.get(i)));
        }
        Path target = small.resolve("backup");
        assertThatThrownBy(() -> new ArchiveBackup(archive, p -> {}).to(target))
            .isInstanceOf(BackupException.class)
            .hasMessageContaining("no space left")
            .hasMessageContaining(target.toString());
        assertThat(target).doesNotExist();
        archive.writer().add(document(999, null));
        archive.writer().commit();
        assertThat(archive.store().count()).isEqualTo(301);
      }
    } finally {
      new ProcessBuilder("umount", small.toString()).inheritIO().start().waitFor();
    }
  }

  private static boolean mount(Path at) throws InterruptedException {
    try {
      Process p =
          new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", at.toString())
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes {@code n} responses with the data folder's WARC archive; their copies. */
  private static List<ArchivedCopy> warc(Path data, int n) throws Exception {
    List<ArchivedCopy> copies = new ArrayList<>();
    Path warc = data.resolve("warc/site");
    try (WarcArchive archive = new WarcArchive(warc, "site")) {
      for (int i = 0; i < n; i++) {
        URI uri = URI.create("https://journal.example/" + i);
        byte[] body =
            ("<html><body><p>" + text(i).repeat(20) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        archive.record(
            new Exchange(
                uri,
                Map.of("User-Agent", List.of("vigie-test")),
                200,
                Map.of("Content-Type", List.of("text/html; charset=utf-8")),
                body,
                Instant.parse("2024-03-01T10:00:00Z").plusSeconds(i),
                InetAddress.getByName("192.0.2.1")));
        WarcArchive.Response r = archive.takeResponse(uri.toString()).orElseThrow();
        String file = data.relativize(r.file()).toString();
        copies.add(new ArchivedCopy(file, r.offset(), r.date(), r.uri(), r.digest()));
      }
      assertThat(archive.failures()).isEmpty();
    }
    Path only;
    try (var files = Files.list(warc)) {
      only = files.findFirst().orElseThrow();
    }
    Path renamed = only.resolveSibling("site-00001.warc.gz");
    Files.move(only, renamed);
    return copies.stream()
        .map(
            c ->
                new ArchivedCopy(
                    "warc/site/site-00001.warc.gz", c.offset(), c.date(), c.uri(), c.digest()))
        .toList();
  }

  /** A WARC file a writer is appending to: one whole gzip member, then half of one. */
  private static void halfWrittenRecord(Path file) throws IOException {
    Path scratch = file.resolveSibling("scratch");
    try (WarcArchive a = new WarcArchive(scratch, "x")) {
      for (int i = 0; i < 2; i++) {
        a.record(
            new Exchange(
                URI.create("https://journal.example/open/" + i),
                Map.of(),
                200,
                Map.of(),
                text(i).repeat(50).getBytes(StandardCharsets.UTF_8),
                Instant.parse("2024-03-02T10:00:00Z"),
                null));
      }
    }
    Path written;
    try (var files = Files.list(scratch)) {
      written = files.findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(written);
    Files.write(
        file, java.util.Arrays.copyOf(bytes, bytes.length - 40), StandardOpenOption.CREATE_NEW);
    Files.delete(written);
    Files.delete(scratch);
  }

  private static void flipByte(Path file, long at) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0x5a);
    }
  }

  private static String id(int i) {
    return "%016x".formatted(0xb000L + i);
  }

  private static AnalyzedDocument document(int i, ArchivedCopy copy) {
    return AnalyzedDocument.builder()
        .id(id(i))
        .title("Dépêche " + i)
        .published("2024-03-%02d".formatted(1 + i % 28))
        .text(text(i))
        .archived(copy)
        .build();
  }

  /** A text of its own for each number, so that no two documents are near-duplicates. */
  private static String text(int i) {
    StringBuilder s = new StringBuilder("Dépêche numéro " + i + " :");
    long x = 0x9E3779B97F4A7C15L * (i + 1);
    for (int w = 0; w < 40; w++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      s.append(' ').append(WORDS[(int) Math.floorMod(x, (long) WORDS.length)]).append(w * 31 + i);
    }
    return s.append('.').toString();
  }

  private static Set<String> ids(Archive archive) {
    Set<String> ids = new HashSet<>();
    archive.store().forEachMatch(SearchRequest.all(), d -> ids.add(d.id()));
    return ids;
  }
}
