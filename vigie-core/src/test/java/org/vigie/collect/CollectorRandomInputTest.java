package org.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.ErrorCause;

/**
 * Random bytes, truncations and corruptions of the fixtures through the collector: it must never
 * throw, must account for every file with at least one document or error, and must never blame
 * itself ({@link ErrorCause#INTERNAL}). The seed is in the failure message; rerun it with {@code
 * -Dvigie.test.seed=SEED}, and keep a failing input as a fixture.
 */
class CollectorRandomInputTest {
  private static final List<String> FIXTURES =
      List.of(
          "tree/a.html",
          "tree/notes.txt",
          "jsonl/articles.jsonl",
          "jsonl/agences.jsonl.gz",
          "gz/page.html.gz",
          "gz/truncated.jsonl.gz",
          "warc/crawl.warc.gz",
          "warc/bad-length.warc");
  private static final int MUTANTS_PER_FIXTURE = 40;
  private static final CollectLimits SMALL = new CollectLimits(1 << 20, 1 << 20, 4096, 4096);

  @TempDir Path temp;

  @Test
  void accountsForEveryMangledFileWithoutThrowing() throws IOException {
    long seed = Long.getLong("vigie.test.seed", System.nanoTime());
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>();
    for (String fixture : FIXTURES) {
      byte[] original = Files.readAllBytes(Fixtures.ROOT.resolve(fixture));
      String fileName = Path.of(fixture).getFileName().toString();
      for (int i = 0; i < MUTANTS_PER_FIXTURE; i++) {
        Path mutant = temp.resolve(i + "-" + fileName);
        Files.write(mutant, mutate(original, random));
        files.add(mutant);
      }
    }
    RecordingSink sink = new RecordingSink();

    new FileCollector(Fixtures.SOURCE, Fixtures.CLOCK, SMALL, FileCollector.standardFormats())
        .collect(List.of(temp), sink);

    for (Path file : files) {
      assertThat(accounted(file.toString(), sink))
          .as("seed %d: nothing reported for %s", seed, file.getFileName())
          .isTrue();
    }
    assertThat(sink.errors)
        .as("seed %d", seed)
        .noneMatch(error -> error.cause() == ErrorCause.INTERNAL);
  }

  private static boolean accounted(String name, RecordingSink sink) {
    return sink.origins().stream().anyMatch(origin -> belongsTo(origin, name))
        || sink.errors.stream().anyMatch(error -> belongsTo(error.origin(), name));
  }

  private static boolean belongsTo(String origin, String name) {
    return origin.equals(name) || origin.startsWith(name + ":") || origin.startsWith(name + "@");
  }

  private static byte[] mutate(byte[] original, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> Arrays.copyOf(original, random.nextInt(original.length + 1));
      case 1 -> flipBytes(original, random);
      case 2 -> insertJunk(original, random);
      default -> randomBytes(random, random.nextInt(4096));
    };
  }

  private static byte[] flipBytes(byte[] original, Random random) {
    byte[] copy = original.clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips && copy.length > 0; i++) {
      copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
    }
    return copy;
  }

  private static byte[] insertJunk(byte[] original, Random random) {
    int at = random.nextInt(original.length + 1);
    byte[] junk = randomBytes(random, 1 + random.nextInt(64));
    byte[] result = new byte[original.length + junk.length];
    System.arraycopy(original, 0, result, 0, at);
    System.arraycopy(junk, 0, result, at, junk.length);
    System.arraycopy(original, at, result, at + junk.length, original.length - at);
    return result;
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }
}
