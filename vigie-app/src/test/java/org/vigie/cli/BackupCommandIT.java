package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.archive.Archive;
import org.vigie.archive.backup.BackupControl;
import org.vigie.archive.backup.BackupManifest;
import org.vigie.search.SearchRequest;

/**
 * {@code vigie backup} beside a running {@code vigie ingest} (another process, which holds the data
 * folder): the backup goes through the ingest's control socket; the restored archive checks with
 * {@code vigie verify} and holds a subset of the final documents no smaller than what was committed
 * when the backup started; a changed file makes {@code verify} exit non-zero naming it.
 */
class BackupCommandIT {
  private static final int DOCUMENTS = 4000;
  @TempDir Path work;

  @Test
  void backupBesideARunningIngestRestoresAndVerifies() throws Exception {
    Path corpus = writeCorpus(work.resolve("corpus"));
    Path data = work.resolve("data");
    Path backup = work.resolve("backup");
    Process child = startIngest(corpus, data);
    long committedBefore;
    Run backedUp;
    try {
      waitFor(() -> committed(data.resolve("index")) > 0 && BackupControl.reachable(data), child);
      committedBefore = committed(data.resolve("index"));
      backedUp = vigie("backup", "--to", backup.toString(), "--data", data.toString());
      assertThat(backedUp.exit).as(backedUp.err).isZero();
    } finally {
      assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).isZero();
    assertThat(backedUp.err).contains("passe par lui");
    assertThat(backedUp.out).contains("Sauvegarde complète dans " + backup);
    BackupManifest manifest = BackupManifest.read(backup);
    // fewer than all: the backup's point in time fell while the ingest was running
    assertThat(manifest.documents()).isBetween(committedBefore, (long) DOCUMENTS - 1);

    Path restored = work.resolve("restored");
    Run restore = vigie("restore", backup.toString(), "--data", restored.toString());
    assertThat(restore.exit).as(restore.err).isZero();
    Run verify = vigie("verify", "--data", restored.toString());
    assertThat(verify.exit).as(verify.out + verify.err).isZero();
    assertThat(verify.out).contains("tout concorde");

    Set<String> all = ids(data);
    Set<String> kept = ids(restored);
    assertThat(all).hasSize(DOCUMENTS);
    assertThat(kept).hasSize((int) manifest.documents());
    assertThat(all).containsAll(kept);

    Run again = vigie("restore", backup.toString(), "--data", restored.toString());
    assertThat(again.exit).isEqualTo(VigieCli.USAGE);
    assertThat(again.err).contains("is not empty").contains(restored.toString());

    Path segment = largestSegmentFile(restored.resolve("index"));
    flipByte(segment);
    Run damaged = vigie("verify", "--data", restored.toString(), "--lang", "en");
    assertThat(damaged.exit).isEqualTo(VerifyCommand.DISAGREE);
    assertThat(damaged.out).contains("disagreement").contains("index/" + segment.getFileName());
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

  private static Set<String> ids(Path data) {
    Set<String> ids = new HashSet<>();
    try (Archive archive = Archive.open(data)) {
      archive.store().forEachMatch(SearchRequest.all().withCopies(true), d -> ids.add(d.id()));
    }
    return ids;
  }

  private static Path largestSegmentFile(Path index) throws IOException {
    try (var files = Files.list(index)) {
      return files
          .filter(f -> !f.getFileName().toString().startsWith("segments"))
          .filter(f -> !f.getFileName().toString().equals("write.lock"))
          .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
          .orElseThrow();
    }
  }

  private static void flipByte(Path file) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      long at = f.length() / 2;
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0x5a);
    }
  }

  /** Real article paragraphs from the seeds, recombined so that every document is distinct. */
  private static Path writeCorpus(Path folder) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    try (var seeds = Files.list(Fixtures.path("samples/seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        for (String p : Files.readString(seed).split("\n")) {
          if (p.strip().length() > 200) {
            paragraphs.add(p.strip());
          }
        }
      }
    }
    for (int i = 0; i < DOCUMENTS; i++) {
      Path sub = Files.createDirectories(folder.resolve("lot" + (i / 500)));
      String marker = String.format("piece%05d", i);
      String text =
          paragraphs.get(i % paragraphs.size())
              + "\n\n"
              + paragraphs.get((i * 7 + 3) % paragraphs.size())
              + "\n\nRéférence de la "
              + marker
              + ".";
      Files.writeString(sub.resolve(marker + ".txt"), text);
    }
    return folder;
  }

  private static Process startIngest(Path corpus, Path data) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-jar",
            Path.of("target/vigie.jar").toString(),
            "ingest",
            corpus.toString(),
            "--data",
            data.toString(),
            "--commit-interval",
            "200")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private interface Condition {
    boolean holds() throws IOException;
  }

  private static void waitFor(Condition condition, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      assertThat(child.isAlive()).as("the ingesting child ended before the backup").isTrue();
      if (condition.holds()) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no commit and control socket within 120 s");
  }

  private static long committed(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    } catch (IndexNotFoundException e) {
      return 0;
    }
  }
}
