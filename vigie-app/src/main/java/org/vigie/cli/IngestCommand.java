package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.FileIngest;
import org.vigie.ingest.ErrorCause;
import org.vigie.ingest.IngestError;
import org.vigie.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie ingest PATH...}: reads files and folders into the archive, with a progress bar and a
 * summary. Exits with 2 when some inputs could not be ingested (they are listed), 0 otherwise.
 */
@Command(
    name = "ingest",
    description = "Ingest files and folders (.html, .txt, .jsonl, .warc, also gzipped).")
final class IngestCommand implements Callable<Integer> {
  private static final int ERRORS_SHOWN = 20;

  @ParentCommand VigieCli cli;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Option(
      names = "--source",
      paramLabel = "ID",
      description = "Source id recorded on every document (default: files:<first path>).")
  String source;

  @Option(
      names = "--commit-interval",
      hidden = true,
      defaultValue = "2000",
      description = "Milliseconds between durable commits during the ingest.")
  long commitInterval;

  @Override
  public Integer call() {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UserException(cli.messages().get("error.noSuchPath", p));
      }
    }
    try (Archive archive = cli.openArchive()) {
      IngestReport report = run(cli, archive, paths, sourceId(), commitInterval);
      return report.failed() > 0 ? VigieCli.USAGE : VigieCli.OK;
    }
  }

  private String sourceId() {
    return source != null ? source : "files:" + paths.getFirst().toAbsolutePath().normalize();
  }

  /** Ingests with a progress bar and prints the summary; shared with {@code demo}. */
  static IngestReport run(
      VigieCli cli, Archive archive, List<Path> inputs, String sourceId, long commitInterval) {
    Messages text = cli.messages();
    ProgressBar bar = new ProgressBar(cli.err, System.console() != null, text);
    FileIngest ingest = new FileIngest(archive, commitInterval);
    FileIngest.Result result = ingest.run(inputs, sourceId, bar::update);
    bar.finish(result.lastProgress());
    printSummary(cli, text, result.report(), result.runId());
    cli.err.println(text.get("ingest.total", archive.folder(), archive.store().count()));
    return result.report();
  }

  private static void printSummary(VigieCli cli, Messages text, IngestReport r, long runId) {
    cli.err.println(
        text.get(
            "ingest.summary",
            String.format(text.locale(), "%.1f", r.millis() / 1000.0),
            r.added(),
            r.duplicates(),
            r.failed(),
            r.warnings(),
            r.copies()));
    if (r.errorsByCause().isEmpty()) {
      return;
    }
    cli.err.println(text.get("ingest.causes"));
    r.errorsByCause().entrySet().stream()
        .sorted(Map.Entry.<ErrorCause, Long>comparingByValue().reversed())
        .forEach(e -> cli.err.printf("  %-20s %d%n", e.getKey(), e.getValue()));
    List<IngestError> errors = r.errors();
    errors.stream().limit(ERRORS_SHOWN).forEach(e -> cli.err.println("  " + e));
    if (errors.size() > ERRORS_SHOWN) {
      cli.err.println(text.get("ingest.more", errors.size() - ERRORS_SHOWN, runId));
    }
  }
}
