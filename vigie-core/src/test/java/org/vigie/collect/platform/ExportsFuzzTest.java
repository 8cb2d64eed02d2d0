package org.vigie.collect.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vigie.analysis.extract.ExtractStage;
import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.document.ErrorCause;
import org.vigie.document.RawDocument;

/**
 * Fuzz tests of the platform export readers (docs/FUZZING.md): Telegram Desktop JSON, the X
 * archive's {@code tweets.js}, CrowdTangle CSV, mapped CSV and mapped JSONL. A reader reports every
 * bad record to the sink and throws only an {@link IOException} when the rest of the file cannot be
 * read ({@link ExportReader}); a runtime exception or an error of cause {@link ErrorCause#INTERNAL}
 * is a bug. Every post delivered then goes through the extract stage, which may reject it only with
 * a {@link DocumentRejectedException}. Records are capped at 64 KiB so that the too-large path is
 * reached. Seeds: {@code ExportsFuzzTestInputs/<method>/}.
 */
class ExportsFuzzTest {
  private static final int MAX_RECORD_BYTES = 64 << 10;
  private static final FieldMapping CSV_MAPPING =
      FieldMapping.parse(
          List.of(
              "text=body",
              "id=message_id",
              "published=posted_at",
              "account.name=user",
              "account.handle=screen_name",
              "reactions=likes",
              "shares=retweets",
              "replies=replies",
              "reply_to=reply_to",
              "url=permalink",
              "language=lang"));
  private static final FieldMapping JSONL_MAPPING =
      FieldMapping.parse(
          List.of(
              "text=post.body",
              "id=post.id",
              "published=post.created",
              "account.handle=author.handle",
              "account.name=author.display",
              "account.followers=author.followers",
              "reactions=stats.likes",
              "shares=stats.shares",
              "replies=stats.comments",
              "views=stats.views",
              "link=link",
              "forwarded_from=forwarded"));
  private static final Path WORK = workFolder();
  private final ExtractStage extract = new ExtractStage();

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
  void telegram(byte[] bytes) throws IOException {
    read(new TelegramExport(), "result.json", bytes);
  }

  @FuzzTest
  void xArchive(byte[] bytes) throws IOException {
    read(new XArchive(null), "tweets.js", bytes);
  }

  @FuzzTest
  void crowdTangle(byte[] bytes) throws IOException {
    read(new CsvExport(FieldMapping.crowdTangle(), null), "export.csv", bytes);
  }

  @FuzzTest
  void mappedCsv(byte[] bytes) throws IOException {
    read(new CsvExport(CSV_MAPPING, "mastodon"), "posts.csv", bytes);
  }

  @FuzzTest
  void mappedJsonl(byte[] bytes) throws IOException {
    read(new JsonlExport(JSONL_MAPPING, null), "posts.jsonl", bytes);
  }

  private void read(ExportReader reader, String name, byte[] bytes) throws IOException {
    Path path = WORK.resolve(name);
    Files.write(path, bytes);
    ExportFile file =
        new ExportFile(path, name, "fuzz", Exports.CLOCK.instant(), MAX_RECORD_BYTES, n -> {});
    Exports.Recording sink = new Exports.Recording();
    try {
      reader.read(file, sink);
    } catch (IOException | UncheckedIOException expected) {
      // reported by ExportCollector as UNREADABLE or MALFORMED_RECORD
    }
    assertThat(sink.errors).noneMatch(e -> e.cause() == ErrorCause.INTERNAL);
    for (RawDocument post : sink.documents) {
      try {
        extract.process(new DocumentDraft(post));
      } catch (DocumentRejectedException expected) {
        // an empty or binary post, reported by the pipeline
      }
    }
  }
}
