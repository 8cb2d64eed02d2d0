package org.vigie.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.access.UserDirectory;
import org.vigie.web.access.AccessControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie demo}: ingests the bundled sample corpus (idempotent: a second run adds nothing),
 * then serves the web interface and prints its address. A busy default port is replaced by a free
 * one.
 */
@Command(
    name = "demo",
    description = "Ingest the bundled sample corpus, then serve the web interface.")
final class DemoCommand implements Callable<Integer> {
  static final String SOURCE = "demo:samples";

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
      IngestCommand.run(cli, archive, List.of(samples), SOURCE, 2000);
      ServeCommand.serveUntilStopped(cli, archive, host, port, true, access(archive));
    }
    return VigieCli.OK;
  }
}
