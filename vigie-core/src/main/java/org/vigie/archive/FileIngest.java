package org.vigie.archive;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.vigie.analysis.Stages;
import org.vigie.archive.ingest.IngestAbortedException;
import org.vigie.archive.ingest.IngestProgress;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.Collector;
import org.vigie.collect.FileCollector;

/**
 * Ingests files and folders into an archive with the standard analysis, and records the run (counts
 * and errors) in the catalog.
 */
public final class FileIngest {
  private final Archive archive;
  private final long commitEveryMillis;

  public FileIngest(Archive archive, long commitEveryMillis) {
    this.archive = archive;
    this.commitEveryMillis = commitEveryMillis;
  }

  /** What a run did, with its catalog id and the last progress seen. */
  public record Result(long runId, IngestReport report, IngestProgress lastProgress) {}

  /** Runs one ingest of {@code inputs}, every document tagged with {@code sourceId}. */
  public Result run(List<Path> inputs, String sourceId, Consumer<IngestProgress> progress) {
    FileCollector collector = new FileCollector(sourceId, Clock.systemUTC());
    return run(inputs, sourceId, (sink, read) -> collector.collect(inputs, sink, read), progress);
  }

  /**
   * Runs one ingest of {@code inputs} read by {@code collector} (a platform export's, for example),
   * every document tagged with {@code sourceId}.
   */
  public Result run(
      List<Path> inputs, String sourceId, Collector collector, Consumer<IngestProgress> progress) {
    String described = String.join(", ", inputs.stream().map(Path::toString).toList());
    archive.catalog().ensureSource(sourceId, sourceName(inputs), "files", described);
    long runId = archive.catalog().startRun(sourceId, described);
    AtomicReference<IngestProgress> last =
        new AtomicReference<>(new IngestProgress(0, 0, 0, 0, 0, 0, 0));
    Ingester ingester =
        new Ingester(
            Stages.standard(),
            archive.writer(),
            Runtime.getRuntime().availableProcessors(),
            commitEveryMillis);
    IngestReport report;
    try {
      report =
          ingester.ingest(
              collector,
              p -> {
                last.set(p);
                progress.accept(p);
              });
    } catch (IngestAbortedException e) {
      finishFailed(runId, e.report(), e);
      throw e;
    } catch (RuntimeException e) {
      finishFailed(runId, IngestReport.empty(), e);
      throw e;
    }
    archive.catalog().finishRun(runId, report, "DONE");
    return new Result(runId, report, last.get());
  }

  /** Records the failed run when the catalog can still be written (a full disk may forbid it). */
  private void finishFailed(long runId, IngestReport report, RuntimeException cause) {
    try {
      archive.catalog().finishRun(runId, report, "FAILED");
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static String sourceName(List<Path> inputs) {
    Path first = inputs.getFirst().toAbsolutePath().normalize();
    Path name = first.getFileName();
    return (name == null ? first.toString() : name.toString())
        + (inputs.size() > 1 ? " (+" + (inputs.size() - 1) + ")" : "");
  }
}
