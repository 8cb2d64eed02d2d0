package org.vigie.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.vigie.archive.Archive;
import org.vigie.archive.access.UserDirectory;
import org.vigie.archive.alerts.AlertWorker;
import org.vigie.archive.coordination.CoordinationAlerts;
import org.vigie.archive.coordination.CoordinationRequest;
import org.vigie.archive.coordination.CoordinationWatch;
import org.vigie.archive.sources.SourceRunner;
import org.vigie.archive.sources.SourceScheduler;
import org.vigie.collect.sources.CoverageReader;
import org.vigie.web.WebServer;
import org.vigie.web.access.AccessControl;
import org.vigie.web.access.ClientAddress;
import org.vigie.web.sources.SourcesPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie serve}: the web interface over the archive, until Ctrl+C, collecting the due sources
 * in the background (at most {@code --source-workers} at once). On Ctrl+C the web server stops
 * first, then the runs under way are let finish (up to 30 s) before the archive closes.
 */
@Command(name = "serve", description = "Serve the web interface and the JSON API.")
final class ServeCommand implements Callable<Integer> {
  static final int DEFAULT_PORT = 7070;
  static final String TRUSTED_PROXIES = "server.trusted-proxies";
  private static final long COMMIT_INTERVAL_MS = 2000;
  private static final Duration POLL = Duration.ofSeconds(15);

  /** The coordination watch re-examines the last day of posts every ten minutes. */
  private static final Duration WATCH_EVERY = Duration.ofMinutes(10);

  private static final Duration WATCH_SPAN = Duration.ofHours(24);

  @ParentCommand VigieCli cli;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port (default 7070; 0 = any free port).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).")
  String host;

  @Option(
      names = "--public",
      description =
          "Public read-only mode: anyone may search and read documents without an account;"
              + " everything else still needs one.")
  boolean publicMode;

  @Option(
      names = "--source-workers",
      defaultValue = "2",
      description = "Sources collected at once in the background (default 2; 0 = none).")
  int sourceWorkers;

  @Override
  public Integer call() throws InterruptedException {
    if (sourceWorkers < 0) {
      throw new UserException(cli.messages().get("error.badOption", "--source-workers"));
    }
    try (Archive archive = cli.openArchive()) {
      UserDirectory users = firstStart(cli, archive);
      AccessControl.Mode mode =
          publicMode ? AccessControl.Mode.PUBLIC : AccessControl.Mode.PROTECTED;
      AccessControl access = new AccessControl(users, mode).trusting(trustedProxies());
      serveUntilStopped(cli, archive, host, port, false, access, sourceWorkers);
    }
    return VigieCli.OK;
  }

  /**
   * The reverse proxies whose forwarding headers are believed: {@code server.trusted-proxies} of
   * the configuration file (addresses or CIDR ranges, comma-separated; none by default).
   */
  private ClientAddress trustedProxies() {
    String listed = cli.backend.settings(cli.dataFolder()).getOrDefault(TRUSTED_PROXIES, "");
    try {
      return ClientAddress.trusting(java.util.Arrays.asList(listed.split(",")));
    } catch (IllegalArgumentException e) {
      throw new UserException(TRUSTED_PROXIES + ": " + e.getMessage());
    }
  }

  /** Serves with the default background collection (two sources at once). */
  static void serveUntilStopped(
      VigieCli cli, Archive archive, String host, int port, boolean fallback, AccessControl access)
      throws InterruptedException {
    serveUntilStopped(cli, archive, host, port, fallback, access, 2);
  }

  /**
   * The archive's accounts; on first start, creates the {@code admin} account and prints its
   * password once (it must be changed at first login).
   */
  static UserDirectory firstStart(VigieCli cli, Archive archive) {
    UserDirectory users = new UserDirectory(archive.catalog().dataSource());
    users
        .createFirstAdmin()
        .ifPresent(
            admin -> {
              cli.out.println(
                  cli.messages().get("serve.firstAdmin", admin.name(), admin.password()));
              cli.out.flush();
            });
    return users;
  }

  /**
   * Where backups started from the web go: {@code backup.dir} in the settings file, else {@code
   * VIGIE_BACKUPS}, else the folder {@code <data>-backups} beside the data folder.
   */
  static java.nio.file.Path backupFolder(VigieCli cli, Archive archive) {
    String set = cli.backend.settings(cli.dataFolder()).get("backup.dir");
    if (set == null || set.isBlank()) {
      set = System.getenv("VIGIE_BACKUPS");
    }
    if (set != null && !set.isBlank()) {
      return java.nio.file.Path.of(set);
    }
    java.nio.file.Path data = archive.folder().toAbsolutePath().normalize();
    return data.resolveSibling(data.getFileName() + "-backups");
  }

  /**
   * Serves the archive until the process is stopped. With {@code fallback}, a busy port is replaced
   * by a free one instead of failing.
   */
  static void serveUntilStopped(
      VigieCli cli,
      Archive archive,
      String host,
      int port,
      boolean fallback,
      AccessControl access,
      int sourceWorkers)
      throws InterruptedException {
    int chosen = fallback && !isFree(host, port) ? 0 : port;
    if (!fallback && port != 0 && !isFree(host, port)) {
      throw new UserException("the port " + port + " is in use; choose another with --port");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch drained = new CountDownLatch(1);
    Clock clock = Clock.systemUTC();
    SourceRunner runner =
        new SourceRunner(
            archive, SourceCommand.collectors(archive, clock), clock, COMMIT_INTERVAL_MS);
    org.vigie.archive.reports.ReportService reports = ReportCommand.service(cli, archive);
    org.vigie.archive.backup.BackupJobs backups =
        new org.vigie.archive.backup.BackupJobs(archive, backupFolder(cli, archive), clock);
    try (reports;
        backups;
        SourceScheduler scheduler = new SourceScheduler(runner, clock, Math.max(1, sourceWorkers));
        WebServer server =
            new WebServer(
                    archive.store(),
                    access,
                    new SourcesPages(
                            archive.catalog().sources(),
                            scheduler,
                            new CoverageReader(archive.store()),
                            clock)
                        .withLabels(archive.catalog().sourceLabels()))
                .withTopics(archive.topics())
                .withFactChecks(archive.factChecks())
                .withAlerts(archive.alerts())
                .withCoordination(archive.coordination())
                .withAccounts(archive.accounts())
                .withInfluence(archive.influence())
                .withLive(archive.catalog().live())
                .withOriginals(archive.folder())
                .withReports(reports)
                .withBackups(backups)
                .withReview(archive.review());
        AlertWorker alerts = new AlertWorker(archive.alerts());
        CoordinationWatch watch =
            new CoordinationWatch(
                archive.coordination(),
                CoordinationRequest.of(Instant.EPOCH, Instant.EPOCH.plusSeconds(1)),
                WATCH_SPAN,
                clock,
                new CoordinationAlerts(
                    archive.alerts(), archive.coordination(), archive.store()))) {
      watch.start(WATCH_EVERY);
      // reports (issue 18): schedules checked every minute
      reports.startSchedules(java.time.Duration.ofMinutes(1));
      if (sourceWorkers > 0) {
        scheduler.start(POLL);
      }
      int bound = server.start(host, chosen);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> stopUntilDrained(stopped, drained), "vigie-stop"));
      String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
      if (shown.equals("127.0.0.1")) {
        shown = "localhost";
      }
      cli.out.println(cli.messages().get("serve.ready", "http://" + shown + ":" + bound + "/"));
      cli.out.println(cli.messages().get("serve.stop"));
      cli.out.flush();
      stopped.await();
    } finally {
      archive.store().commit();
      drained.countDown();
    }
  }

  /** Run by the shutdown hook: wakes the serving thread and waits for its runs to end. */
  private static void stopUntilDrained(CountDownLatch stopped, CountDownLatch drained) {
    stopped.countDown();
    try {
      drained.await(40, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean isFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
