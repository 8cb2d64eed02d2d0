package org.vigie.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.access.UserDirectory;
import org.vigie.archive.catalog.SourceRegistry;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.archive.sources.SourceRunner;
import org.vigie.web.access.AccessControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie demo}: registers one source per part of the bundled samples and runs each
 * (idempotent: a second run adds nothing), so that every page has something to show; with {@code
 * --live}, also registers the curated public feeds ({@code samples/live/feeds.tsv}) and collects
 * them when the machine is online, saying so when it is not. Then serves the web interface and
 * prints its address. A busy default port is replaced by a free one.
 */
@Command(
    name = "demo",
    description =
        "Enregistre les sources d’exemple (pages, presse, Telegram, X, Facebook), les collecte,"
            + " puis sert l’interface web. / Registers and collects the sample sources, then"
            + " serves the web interface.")
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--live",
      description =
          "Enregistre aussi des flux d’actualité publics d’Afrique de l’Ouest francophone et les"
              + " collecte si la machine est en ligne. / Also registers and collects public West"
              + " African news feeds when online.")
  boolean live;

  @ParentCommand VigieCli cli;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port (default 7070, else any free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on.")
  String host;

  /**
   * On this machine only, every visitor is the built-in demo admin, so the demo opens at once; on
   * another interface it is public read-only, and accounts are as for {@code serve}.
   */
  private AccessControl access(Archive archive) {
    UserDirectory users = new UserDirectory(archive.catalog().dataSource());
    boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    return new AccessControl(users, loopback ? AccessControl.Mode.DEMO : AccessControl.Mode.PUBLIC);
  }

  @Override
  public Integer call() throws InterruptedException {
    try (Archive archive = cli.openArchive()) {
      Path samples = archive.folder().resolve("samples");
      List<Path> files = SampleCorpus.copyTo(samples);
      cli.err.println(cli.messages().get("demo.ingesting", files.size()));
      Clock clock = Clock.systemUTC();
      SourceRunner runner =
          new SourceRunner(archive, SourceCommand.collectors(archive, clock), clock, 2000);
      SourceRegistry registry = archive.catalog().sources();
      for (String id : DemoSources.registerSamples(registry, samples, clock.instant())) {
        report(runner.run(id, p -> {}));
      }
      if (live) {
        live(registry, runner, DemoSources.feeds(samples.resolve("live/feeds.tsv")), clock);
      }
      cli.err.println(
          cli.messages().get("ingest.total", archive.folder(), archive.store().count()));
      ServeCommand.serveUntilStopped(cli, archive, host, port, true, access(archive));
    }
    return VigieCli.OK;
  }

  /** Registers the curated feeds, then collects them, or says that the machine is offline. */
  private void live(
      SourceRegistry registry, SourceRunner runner, List<DemoSources.Feed> feeds, Clock clock) {
    DemoSources.registerFeeds(registry, feeds, clock.instant());
    Messages text = cli.messages();
    if (!DemoSources.online(feeds, Duration.ofSeconds(3))) {
      cli.err.println(text.get("demo.offline", feeds.size()));
      return;
    }
    cli.err.println(text.get("demo.live", feeds.size()));
    for (DemoSources.Feed f : feeds) {
      report(runner.run(f.id(), p -> {}));
    }
  }

  private void report(SourceRunner.Result result) {
    Messages text = cli.messages();
    IngestReport r = result.report();
    cli.err.println(
        result.succeeded()
            ? text.get(
                "source.ran",
                result.sourceId(),
                r.added(),
                r.duplicates(),
                r.copies(),
                r.failed(),
                result.runId())
            : text.get(
                "source.runFailed",
                result.sourceId(),
                result.error(),
                result.errorCause(),
                result.runId()));
  }
}
