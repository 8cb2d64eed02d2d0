package org.vigie.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Generated corpora kept in a work folder between benchmark runs ({@code corpus-N-seed-S/}), with
 * their uncompressed size beside them ({@code corpus-N-seed-S.bytes}, outside the folder so that
 * the collector does not read it); a corpus is written again when that file is missing.
 */
final class BenchCorpus {

  private BenchCorpus() {}

  /** The folder of a complete corpus of {@code n} documents, generating it when needed. */
  static Path ensure(CorpusGenerator generator, long seed, long n, Path work) throws IOException {
    Path dir = work.resolve("corpus-" + n + "-seed-" + seed);
    if (Files.isRegularFile(done(dir))) {
      return dir;
    }
    deleteTree(dir);
    long start = System.nanoTime();
    long bytes = generator.write(n, dir, 50_000);
    Files.writeString(done(dir), Long.toString(bytes));
    System.out.printf(
        "Generated %,d documents in %s (%.0f s)%n", n, dir, (System.nanoTime() - start) / 1e9);
    return dir;
  }

  /** The uncompressed JSON Lines bytes of a corpus made by {@link #ensure}. */
  static long bytes(Path corpus) throws IOException {
    return Long.parseLong(Files.readString(done(corpus)).strip());
  }

  /** Deletes a corpus made by {@link #ensure} and its size file. */
  static void delete(Path corpus) throws IOException {
    Files.deleteIfExists(done(corpus));
    deleteTree(corpus);
  }

  private static Path done(Path corpus) {
    return corpus.resolveSibling(corpus.getFileName() + ".bytes");
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
