package org.vigie.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.catalog.SourceRegistry;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.archive.sources.SourceRunner;
import org.vigie.collect.sources.RegisteredSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie source run ID...|--all-due}: collects sources now, one after the other, with a
 * progress bar. Exits with 2 when a run failed (its error is printed), 0 otherwise.
 */
@Command(name = "run", description = "Collect sources now: the ones named, or all that are due.")
final class SourceRunCommand implements Callable<Integer> {
  @ParentCommand SourceCommand parent;

  @Parameters(arity = "0..*", paramLabel = "ID", description = "Sources to run.")
  List<String> ids = List.of();

  @Option(names = "--all-due", description = "Run every enabled source whose time has come.")
  boolean allDue;

  @Option(
      names = "--commit-interval",
      hidden = true,
      defaultValue = "2000",
      description = "Milliseconds between durable commits during a run.")
  long commitInterval;

  @Override
  public Integer call() {
    VigieCli cli = parent.cli;
    Messages text = cli.messages();
    if (ids.isEmpty() == !allDue) {
      throw new UserException(text.get("source.runWhat"));
    }
    Clock clock = Clock.systemUTC();
    try (Archive archive = cli.openArchive()) {
      SourceRegistry registry = archive.catalog().sources();
      List<String> chosen = new ArrayList<>(ids);
      for (String id : ids) {
        registry.require(id);
      }
      if (allDue) {
        registry.due(clock.instant()).stream().map(RegisteredSource::id).forEach(chosen::add);
        if (chosen.isEmpty()) {
          cli.err.println(text.get("source.noneDue"));
          return VigieCli.OK;
        }
      }
      SourceRunner runner =
          new SourceRunner(
              archive, SourceCommand.collectors(archive, clock), clock, commitInterval);
      int failed = 0;
      for (String id : chosen) {
        failed += runOne(cli, text, runner, id) ? 0 : 1;
      }
      cli.err.println(text.get("ingest.total", archive.folder(), archive.store().count()));
      return failed > 0 ? VigieCli.USAGE : VigieCli.OK;
    }
  }

  private static boolean runOne(VigieCli cli, Messages text, SourceRunner runner, String id) {
    cli.err.println(text.get("source.running", id));
    ProgressBar bar = new ProgressBar(cli.err, System.console() != null, text);
    SourceRunner.Result result = runner.run(id, bar::update);
    bar.finish(result.lastProgress());
    IngestReport r = result.report();
    if (result.succeeded()) {
      cli.err.println(
          text.get(
              "source.ran", id, r.added(), r.duplicates(), r.copies(), r.failed(), result.runId()));
      return true;
    }
    cli.err.println(
        text.get("source.runFailed", id, result.error(), result.errorCause(), result.runId()));
    return false;
  }
}
