package org.vigie.archive.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

class CatalogTest {
  @TempDir Path folder;

  @Test
  void recordsRunsAndTheirErrorsAcrossReopening() {
    long id;
    try (Catalog catalog = Catalog.open(folder)) {
      catalog.ensureSource("files:corpus", "corpus", "files", "corpus");
      catalog.ensureSource("files:corpus", "corpus", "files", "corpus");
      id = catalog.startRun("files:corpus", "corpus");
      IngestError error = IngestError.skipped("corpus/a.txt", ErrorCause.BINARY, "binary content");
      IngestReport report =
          new IngestReport(3, 0, 1, 1, 0, Map.of(ErrorCause.BINARY, 1L), List.of(error), 12);
      catalog.finishRun(id, report, "DONE");
    }
    try (Catalog catalog = Catalog.open(folder)) {
      IngestRun run = catalog.run(id).orElseThrow();
      assertThat(run.status()).isEqualTo("DONE");
      assertThat(run.added()).isEqualTo(3);
      assertThat(run.duplicates()).isEqualTo(1);
      assertThat(run.failed()).isEqualTo(1);
      assertThat(catalog.errors(id))
          .containsExactly(
              IngestError.skipped("corpus/a.txt", ErrorCause.BINARY, "binary content"));
      assertThat(catalog.recentRuns(10)).hasSize(1);
    }
  }

  @Test
  void runsLeftRunningByADeadProcessAreMarkedInterrupted() {
    try (Catalog catalog = Catalog.open(folder)) {
      long id = catalog.startRun(null, "x");
      assertThat(catalog.markInterruptedRuns()).isEqualTo(1);
      assertThat(catalog.run(id).orElseThrow().status()).isEqualTo("INTERRUPTED");
    }
  }
}
