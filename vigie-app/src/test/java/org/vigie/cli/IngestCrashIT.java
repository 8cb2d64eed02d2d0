package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.archive.Archive;
import org.vigie.archive.catalog.IngestRun;
import org.vigie.search.SearchRequest;

/**
 * Kills an ingesting {@code vigie} process with SIGKILL once part of a large folder is committed,
 * then ingests the folder again: every document must end up in the archive exactly once.
 */
class IngestCrashIT {
  private static final int DOCUMENTS = 6000;
  @TempDir Path work;

  @Test
  void killMinusNineMidIngestThenIngestAgainLosesNothingAndDuplicatesNothing() throws Exception {
    Path corpus = writeCorpus(work.resolve("corpus"));
    Path data = work.resolve("data");

    Process child = startIngest(corpus, data);
    waitForFirstCommit(data.resolve("index"), child);
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long committed = committedDocuments(data.resolve("index"));
    System.out.printf(
        "killed the ingest with %d of %d documents committed%n", committed, DOCUMENTS);
    assertThat(committed)
        .as("the child must be killed before it ends, else this test proves nothing")
        .isLessThan(DOCUMENTS);

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        VigieCli.execute(
            new String[] {"ingest", corpus.toString(), "--data", data.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();

    try (Archive archive = Archive.open(data)) {
      assertThat(archive.store().count()).isEqualTo(DOCUMENTS);
      for (int i = 0; i < DOCUMENTS; i++) {
        // Recombined paragraphs repeat, so many documents are stored as near-duplicate copies.
        assertThat(archive.store().search(SearchRequest.of(marker(i)).withCopies(true)).total())
            .as("document %d", i)
            .isEqualTo(1);
      }
      List<IngestRun> runs = archive.catalog().recentRuns(5);
      assertThat(runs).extracting(IngestRun::status).containsExactly("DONE", "INTERRUPTED");
      assertThat(runs.getFirst().added() + runs.getFirst().copies() + runs.getFirst().duplicates())
          .isEqualTo(DOCUMENTS);
      assertThat(runs.getFirst().duplicates()).isEqualTo(committed);
    }
  }

  private static String marker(int i) {
    return String.format("dossier%05d", i);
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
      Path sub = folder.resolve("lot" + (i / 500));
      Files.createDirectories(sub);
      String text =
          paragraphs.get(i % paragraphs.size())
              + "\n\n"
              + paragraphs.get((i * 7 + 3) % paragraphs.size())
              + "\n\nRéférence du "
              + marker(i)
              + ".";
      Files.writeString(sub.resolve(marker(i) + ".txt"), text);
    }
    return folder;
  }

  private static Process startIngest(Path corpus, Path data) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        List.of(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-jar",
            Path.of("target/vigie.jar").toString(),
            "ingest",
            corpus.toString(),
            "--data",
            data.toString(),
            "--commit-interval",
            "200");
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Polls the index from outside the writer until a commit holds documents. */
  private static void waitForFirstCommit(Path index, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      assertThat(child.isAlive()).as("the ingesting child died on its own").isTrue();
      if (committedDocuments(index) > 0) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no commit within 120 s");
  }

  private static long committedDocuments(Path index) throws IOException {
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
