package org.vigie.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Generated corpora kept in a work folder between benchmark runs ({@code corpus-N-seed-S/}), with
 * their uncompressed size; a corpus is written again only when its folder is incomplete.
 */
final class BenchCorpus {
  private static final String DONE = "bytes.txt";

  private BenchCorpus() {}

  /** The folder of a complete corpus of {@code n} documents, generating it when needed. */
  static Path ensure(CorpusGenerator generator, long seed, long n, Path work) throws IOException {
    Path dir = work.resolve("corpus-" + n + "-seed-" + seed);
    if (Files.isRegularFile(dir.resolve(DONE))) {
      return dir;
    }
    deleteTree(dir);
    long start = System.nanoTime();
    long bytes = generator.write(n, dir, 50_000);
    Files.writeString(dir.resolve(DONE), Long.toString(bytes));
    System.out.printf(
        "Generated %,d documents in %s (%.0f s)%n", n, dir, (System.nanoTime() - start) / 1e9);
    return dir;
  }

  /** The uncompressed JSON Lines bytes of a corpus made by {@link #ensure}. */
  static long bytes(Path corpus) throws IOException {
    return Long.parseLong(Files.readString(corpus.resolve(DONE)).strip());
  }

  static long sizeOnDisk(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(BenchCorpus::size).sum();
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
