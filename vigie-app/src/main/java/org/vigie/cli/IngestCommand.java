package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.FileIngest;
import org.vigie.archive.ingest.IngestAbortedException;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.collect.Collector;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.ExportOptions;
import org.vigie.collect.platform.ExportReader;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.RecordKind;
import org.vigie.document.Account;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
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
    description =
        "Ingest files and folders (.html, .txt, .jsonl, .warc, also gzipped), or platform exports"
            + " with --format (telegram, x, crowdtangle, csv, jsonl).")
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
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Read the inputs as a platform export: telegram (result.json), x (tweets.js),"
              + " crowdtangle (CSV), csv or jsonl (with --map).")
  String format;

  @Option(
      names = "--map",
      paramLabel = "FIELD=COLUMN",
      description =
          "For --format csv|jsonl|crowdtangle: the column or key of a post field, repeated"
              + " (text=message, published=created, account.handle=screen_name…).")
  List<String> mapping = List.of();

  @Option(
      names = "--platform",
      paramLabel = "NAME",
      description = "The posts' platform for --format csv|jsonl|crowdtangle (facebook, mastodon…).")
  String platform;

  @Option(
      names = "--as",
      paramLabel = "post|article",
      description =
          "For --format csv|jsonl: read each record as a post (default, platform data) or as an"
              + " article (a spreadsheet of news articles: site from the URL, duplicates and"
              + " stories as for articles).")
  String as;

  @Option(
      names = "--account",
      paramLabel = "HANDLE",
      description = "The author's handle when the export does not name it (an X archive alone).")
  String account;

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
    Collector collector = collector();
    try (Archive archive = cli.openArchive()) {
      IngestReport report = run(cli, archive, paths, sourceId(), collector, commitInterval);
      AlertCommand.deliverBeforeExit(cli, archive);
      return report.failed() > 0 ? VigieCli.USAGE : VigieCli.OK;
    }
  }

  /** The export collector {@code --format} asks for, or {@code null} for files. */
  private Collector collector() {
    if (format == null) {
      if (!mapping.isEmpty() || platform != null || as != null) {
        throw new UserException(cli.messages().get("error.mapWithoutFormat"));
      }
      return null;
    }
    try {
      PlatformFormat chosen = PlatformFormat.of(format);
      Account author =
          account == null
              ? null
              : new Account(
                  platform != null ? platform : chosen.id(),
                  null,
                  account.replaceFirst("^@", ""),
                  null,
                  null);
      RecordKind kind = as == null ? RecordKind.POST : RecordKind.of(as);
      ExportReader reader = new ExportOptions(chosen, mapping, platform, author, kind).reader();
      return new ExportCollector(chosen, reader, paths, sourceId(), Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      throw new UserException(cli.messages().get("error.importOptions", e.getMessage()));
    }
  }

  private String sourceId() {
    return source != null ? source : "files:" + paths.getFirst().toAbsolutePath().normalize();
  }

  /** Ingests with a progress bar and prints the summary; shared with {@code demo}. */
  static IngestReport run(
      VigieCli cli, Archive archive, List<Path> inputs, String sourceId, long commitInterval) {
    return run(cli, archive, inputs, sourceId, null, commitInterval);
  }

  /** Like {@link #run(VigieCli, Archive, List, String, long)}, reading with {@code collector}. */
  static IngestReport run(
      VigieCli cli,
      Archive archive,
      List<Path> inputs,
      String sourceId,
      Collector collector,
      long commitInterval) {
    Messages text = cli.messages();
    ProgressBar bar = new ProgressBar(cli.err, System.console() != null, text);
    FileIngest ingest = new FileIngest(archive, commitInterval);
    FileIngest.Result result;
    try {
      result =
          collector == null
              ? ingest.run(inputs, sourceId, bar::update)
              : ingest.run(inputs, sourceId, collector, bar::update);
    } catch (IngestAbortedException e) {
      cli.err.println();
      printSummary(cli, text, e.report(), -1);
      throw e;
    }
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
