package org.vigie.archive.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.archive.catalog.IngestRun;
import org.vigie.collect.sources.MutableClock;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceCollectors;
import org.vigie.collect.sources.SourceKind;
import org.vigie.collect.sources.SourceState;

/** What counts as a failed run, on real files and a real archive. */
class SourceRunnerTest {
  static final Path KLEDU = Path.of("src/test/resources/sources/kledu/2024-03.jsonl");
  static final Path JUNK = Path.of("src/test/resources/ingest/binary/junk.txt");
  static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  @TempDir Path work;

  static Source importing(String id, Path path, Map<String, String> options) {
    return new Source(
        id,
        id,
        SourceKind.IMPORT,
        path.toString(),
        null,
        null,
        List.of(),
        Duration.ofHours(1),
        false,
        options);
  }

  @Test
  void aRunWithSomeBadInputsSucceedsAndKeepsTheirErrors() throws Exception {
    Path folder = Files.createDirectories(work.resolve("drop"));
    Files.copy(KLEDU, folder.resolve("a.jsonl"));
    Files.copy(JUNK, folder.resolve("junk.txt"));
    MutableClock clock = new MutableClock(T0);
    try (Archive archive = Archive.open(work.resolve("data"))) {
      archive.catalog().sources().add(importing("drop", folder, Map.of()), T0);
      SourceRunner runner =
          new SourceRunner(archive, KindCollectors.standard(clock), clock, 500, 1);
      SourceRunner.Result first = runner.run("drop", p -> {});
      assertThat(first.succeeded()).isTrue();
      assertThat(first.report().added()).isEqualTo(3);
      assertThat(first.report().failed()).isEqualTo(1);
      SourceRunner.Result again = runner.run("drop", p -> {});
      assertThat(again.succeeded()).as("nothing new is not a failure").isTrue();
      assertThat(again.report().duplicates()).isEqualTo(3);
      List<IngestRun> runs = archive.catalog().sources().runs("drop", 5);
      assertThat(runs).extracting(IngestRun::status).containsExactly("DONE", "DONE");
      assertThat(archive.catalog().sources().errors(runs.getLast().id(), 10))
          .singleElement()
          .satisfies(e -> assertThat(e.origin()).contains("junk.txt"));
    }
  }

  @Test
  void aCollectorThatRefusesTheSourcesOptionsFailsTheRunNamingThem() {
    MutableClock clock = new MutableClock(T0);
    SourceCollectors strict =
        (source, memory) -> {
          throw new IllegalArgumentException(
              "source '" + source.id() + "': unknown option 'depht' (known: depth, pages)");
        };
    try (Archive archive = Archive.open(work.resolve("data"))) {
      archive.catalog().sources().add(importing("site", work, Map.of("depht", "3")), T0);
      SourceRunner.Result r = new SourceRunner(archive, strict, clock, 500, 1).run("site", p -> {});
      assertThat(r.succeeded()).isFalse();
      assertThat(r.errorCause()).isEqualTo("BAD_OPTION");
      SourceState st = archive.catalog().sources().require("site").state();
      assertThat(st.lastErrorMessage()).contains("unknown option 'depht'");
      assertThat(st.nextDueAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
      assertThat(archive.catalog().sources().runs("site", 5))
          .extracting(IngestRun::status)
          .containsExactly("FAILED");
    }
  }
}
