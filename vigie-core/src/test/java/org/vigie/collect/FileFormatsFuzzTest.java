package org.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.vigie.document.ErrorCause;

/**
 * Fuzz tests of the file formats an ingest reads (docs/FUZZING.md): WARC (plain and per-record
 * gzip) and JSONL (plain and gzipped). A format reports every bad record to the sink and throws
 * only an {@link IOException} when the rest of the file cannot be read; a runtime exception, or an
 * error of cause {@link ErrorCause#INTERNAL}, is a bug. Small limits, so that the limit paths are
 * reached too. Seeds: {@code FileFormatsFuzzTestInputs/<method>/}.
 */
class FileFormatsFuzzTest {
  private static final CollectLimits LIMITS =
      new CollectLimits(1 << 20, 1 << 20, 64 << 10, 64 << 10);
  private static final Path WORK = workFolder();

  /**
   * Where each input is written as a file: one folder for the run, made when the class loads (under
   * JUnit and under the fuzzing driver alike, which does not run JUnit's lifecycle methods) and
   * emptied when the JVM exits.
   */
  private static Path workFolder() {
    try {
      Path folder = Files.createTempDirectory("vigie-fuzz-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
      Files.delete(folder);
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }

  @FuzzTest
  void warc(byte[] bytes) throws IOException {
    read(new WarcFormat(), "fuzz.warc", false, bytes);
  }

  @FuzzTest
  void jsonl(byte[] bytes) throws IOException {
    read(new JsonlFormat(), "fuzz.jsonl", false, bytes);
  }

  /** The bytes as a {@code .jsonl.gz} file: truncated and corrupt gzip streams, gzip bombs. */
  @FuzzTest
  void gzippedJsonl(byte[] bytes) throws IOException {
    read(new JsonlFormat(), "fuzz.jsonl.gz", true, bytes);
  }

  private static void read(FileFormat format, String name, boolean gzipped, byte[] bytes)
      throws IOException {
    Path path = WORK.resolve(name);
    Files.write(path, bytes);
    InputFile file =
        new InputFile(path, name, gzipped, "fuzz", Instant.parse("2026-01-05T08:00:00Z"), LIMITS);
    RecordingSink sink = new RecordingSink();
    try {
      format.read(file, sink);
    } catch (IOException | UncheckedIOException expected) {
      // reported by FileCollector as UNREADABLE, TOO_LARGE or CORRUPT_COMPRESSION
    }
    assertThat(sink.errors).noneMatch(e -> e.cause() == ErrorCause.INTERNAL);
    assertThat(sink.documents).allMatch(d -> d.content().length <= LIMITS.maxDocumentBytes());
  }
}
