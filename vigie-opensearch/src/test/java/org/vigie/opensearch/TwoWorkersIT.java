package org.vigie.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.search.SearchRequest;
import org.vigie.store.ContractDocuments;
import org.vigie.store.DocumentStore;

/**
 * Two ingest processes write overlapping inputs into one index at the same time: every document
 * ends up stored exactly once (the id is the content id and writes are {@code create}s), none is
 * lost, and a reader sees them all.
 */
@ExtendWith(OpenSearchCluster.class)
@Order(2)
class TwoWorkersIT {
  private static final int FILES = 36;
  private static final int OVERLAP = 12;

  @Test
  void overlappingWorkersStoreEachDocumentOnce(LocalCluster cluster, @TempDir Path inputs)
      throws Exception {
    List<String> files = writeInputs(inputs);
    int half = (FILES + OVERLAP) / 2;
    List<String> first = files.subList(0, half);
    List<String> second = files.subList(half - OVERLAP, FILES);
    String prefix = "workers-";
    Process a = worker(cluster, prefix, "worker-a", first, inputs.resolve("a.log"));
    Process b = worker(cluster, prefix, "worker-b", second, inputs.resolve("b.log"));
    assertThat(a.waitFor(240, TimeUnit.SECONDS)).as("worker a finished").isTrue();
    assertThat(b.waitFor(240, TimeUnit.SECONDS)).as("worker b finished").isTrue();
    List<String> logA = Files.readAllLines(inputs.resolve("a.log"));
    List<String> logB = Files.readAllLines(inputs.resolve("b.log"));
    assertThat(a.exitValue()).as(String.join("\n", logA)).isZero();
    assertThat(b.exitValue()).as(String.join("\n", logB)).isZero();
    Set<String> stored = new HashSet<>();
    for (List<String> log : List.of(logA, logB)) {
      for (String line : log) {
        if (line.startsWith("ADDED ")
            || line.startsWith("COPY ")
            || line.startsWith("DUPLICATE ")) {
          stored.add(line.substring(line.indexOf(' ') + 1));
        }
      }
    }
    assertThat(stored).hasSize(FILES);
    try (DocumentStore reader =
        OpenSearchStore.open(OpenSearchSettings.of(cluster.hosts(), prefix))) {
      assertThat(reader.count()).isEqualTo(FILES);
      List<String> found = new ArrayList<>();
      reader.forEachMatch(SearchRequest.all().page(0, 0).withCopies(true), d -> found.add(d.id()));
      assertThat(found).hasSize(FILES).doesNotHaveDuplicates();
      assertThat(new HashSet<>(found)).isEqualTo(stored);
      ((OpenSearchStore) reader).dropIndex();
    }
  }

  /** Distinct texts made of the seeds' paragraphs, each with its own closing line. */
  private static List<String> writeInputs(Path folder) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    try (var seeds = Files.list(ContractDocuments.samples().resolve("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        for (String p : Files.readString(seed).split("\n\\s*\n")) {
          if (p.strip().length() > 200) {
            paragraphs.add(p.strip());
          }
        }
      }
    }
    List<String> files = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      String text =
          paragraphs.get(i % paragraphs.size())
              + "\n\n"
              + paragraphs.get((i * 7 + 3) % paragraphs.size())
              + "\n\nDépêche numéro "
              + i
              + " de la rédaction de Bamako.";
      Path file = folder.resolve(String.format("doc-%02d.txt", i));
      Files.writeString(file, text);
      files.add(file.toString());
    }
    return files;
  }

  private static Process worker(
      LocalCluster cluster, String prefix, String source, List<String> files, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(IngestWorker.class.getName());
    command.add(cluster.hosts());
    command.add(prefix);
    command.add(source);
    command.addAll(files);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
