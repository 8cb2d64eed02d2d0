package org.vigie.archive.sources;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.vigie.analysis.Stages;
import org.vigie.archive.Archive;
import org.vigie.archive.catalog.SourceRegistry;
import org.vigie.archive.ingest.IngestAbortedException;
import org.vigie.archive.ingest.IngestProgress;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.Collector;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceCollectors;
import org.vigie.collect.sources.SourceException;
import org.vigie.document.IngestError;

/**
 * Runs one source once: gets its collector from the {@link SourceCollectors}, ingests what it
 * delivers through the standard pipeline into the archive, records the run in the catalog ({@code
 * ingest_run}, linked to the source) and its outcome in the registry (state, next due time).
 * Thread-safe; the same source never runs twice at once.
 *
 * <p>A run <em>fails</em> when its collector throws, or when it delivered no document at all and
 * reported at least one input skipped (a feed that cannot be fetched, a missing folder). A run that
 * finds nothing new is a success; so is one where only some inputs were skipped (they are recorded
 * with the run). A run that cannot write the archive (a full disk) ends at once with what it did,
 * its cause {@link #ARCHIVE_UNWRITABLE}.
 *
 * <p>Once the run's documents are committed, the collector is told ({@link
 * org.vigie.collect.Collector#committed()}): live sources write down what they delivered only then.
 */
public final class SourceRunner {
  private final Archive archive;
  private final SourceCollectors collectors;
  private final Clock clock;
  private final long commitEveryMillis;
  private final int workers;
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  public SourceRunner(
      Archive archive, SourceCollectors collectors, Clock clock, long commitEveryMillis) {
    this(
        archive,
        collectors,
        clock,
        commitEveryMillis,
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public SourceRunner(
      Archive archive,
      SourceCollectors collectors,
      Clock clock,
      long commitEveryMillis,
      int workers) {
    this.archive = archive;
    this.collectors = collectors;
    this.clock = clock;
    this.commitEveryMillis = commitEveryMillis;
    this.workers = workers;
  }

  /**
   * What one run did.
   *
   * @param error why it failed, or {@code null} when it succeeded
   * @param errorCause the category of that failure, or {@code null}
   */
  public record Result(
      String sourceId,
      long runId,
      IngestReport report,
      IngestProgress lastProgress,
      String error,
      String errorCause) {

    public boolean succeeded() {
      return error == null;
    }

    /** Whether the run stopped because the archive cannot be written (a full disk). */
    public boolean archiveUnwritable() {
      return ARCHIVE_UNWRITABLE.equals(errorCause);
    }
  }

  /**
   * The cause of a run stopped because the archive cannot be written: no later run can do better
   * until space is freed (see {@link SourceScheduler}).
   */
  public static final String ARCHIVE_UNWRITABLE = "ARCHIVE_UNWRITABLE";

  /** The registry this runner records outcomes in. */
  public SourceRegistry registry() {
    return archive.catalog().sources();
  }

  /** Whether a run of this source is under way. */
  public boolean running(String sourceId) {
    return running.contains(sourceId);
  }

  /**
   * Runs a registered source now.
   *
   * @throws SourceException when there is no such source or it is already running
   */
  public Result run(String sourceId, Consumer<IngestProgress> progress) {
    Source source = registry().require(sourceId).source();
    if (!running.add(sourceId)) {
      throw new SourceException("the source '" + sourceId + "' is already running");
    }
    try {
      return runOnce(source, progress);
    } finally {
      running.remove(sourceId);
    }
  }

  private Result runOnce(Source source, Consumer<IngestProgress> progress) {
    SourceRegistry registry = registry();
    registry.runStarted(source.id(), clock.instant());
    long runId = archive.catalog().startRun(source.id(), source.location());
    AtomicReference<IngestProgress> last =
        new AtomicReference<>(new IngestProgress(0, 0, 0, 0, 0, 0, 0));
    IngestReport report;
    try {
      Collector collector = collectors.collector(source, registry.fetchMemory(source.id()));
      Ingester ingester =
          new Ingester(Stages.standard(), archive.writer(), workers, commitEveryMillis);
      report =
          ingester.ingest(
              collector,
              p -> {
                last.set(p);
                progress.accept(p);
              });
      collector.committed();
    } catch (IngestAbortedException e) {
      return failed(source, runId, e.report(), last.get(), e.getMessage(), ARCHIVE_UNWRITABLE, e);
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      return failed(source, runId, IngestReport.empty(), last.get(), message, cause(e), e);
    }
    IngestError failure = failure(report);
    archive.catalog().finishRun(runId, report, failure == null ? "DONE" : "FAILED");
    Instant finished = clock.instant();
    if (failure == null) {
      registry.runSucceeded(source.id(), finished);
      return new Result(source.id(), runId, report, last.get(), null, null);
    }
    String message = failure.message() + " (" + failure.origin() + ")";
    registry.runFailed(source.id(), finished, message, failure.cause().name());
    return new Result(source.id(), runId, report, last.get(), message, failure.cause().name());
  }

  /**
   * Records a failed run as far as the catalog can still be written (on a full disk it may not be:
   * the failure to record it is attached to the run's own error, which the result carries).
   */
  private Result failed(
      Source source,
      long runId,
      IngestReport report,
      IngestProgress last,
      String message,
      String cause,
      RuntimeException error) {
    try {
      archive.catalog().finishRun(runId, report, "FAILED");
      registry().runFailed(source.id(), clock.instant(), message, cause);
    } catch (RuntimeException e) {
      error.addSuppressed(e);
    }
    return new Result(source.id(), runId, report, last, message, cause);
  }

  /**
   * The category of a run's failure: {@code UNSUPPORTED} (no collector for its kind), {@code
   * BAD_OPTION} (a collector refused its settings), else the exception's simple name.
   */
  static String cause(RuntimeException e) {
    if (e instanceof SourceException) {
      return "UNSUPPORTED";
    }
    return e instanceof IllegalArgumentException ? "BAD_OPTION" : e.getClass().getSimpleName();
  }

  /** The first skipped input of a run that delivered nothing, or {@code null}. */
  static IngestError failure(IngestReport report) {
    if (report.added() + report.copies() + report.duplicates() > 0) {
      return null;
    }
    return report.errors().stream().filter(IngestError::fatal).findFirst().orElse(null);
  }
}
