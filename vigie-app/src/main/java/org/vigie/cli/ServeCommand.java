package org.vigie.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigie.archive.Archive;
import org.vigie.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigie serve}: the web interface over the archive, until Ctrl+C. */
@Command(name = "serve", description = "Serve the web interface and the JSON API.")
final class ServeCommand implements Callable<Integer> {
  static final int DEFAULT_PORT = 7070;

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

  @Override
  public Integer call() throws InterruptedException {
    try (Archive archive = Archive.open(cli.dataFolder())) {
      serveUntilStopped(cli, archive, host, port, false);
    }
    return VigieCli.OK;
  }

  /**
   * Serves the archive until the process is stopped. With {@code fallback}, a busy port is replaced
   * by a free one instead of failing.
   */
  static void serveUntilStopped(
      VigieCli cli, Archive archive, String host, int port, boolean fallback)
      throws InterruptedException {
    int chosen = fallback && !isFree(host, port) ? 0 : port;
    if (!fallback && port != 0 && !isFree(host, port)) {
      throw new UserException("the port " + port + " is in use; choose another with --port");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (WebServer server = new WebServer(archive.store()).withTopics(archive.topics())) {
      int bound = server.start(host, chosen);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "vigie-stop"));
      String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
      if (shown.equals("127.0.0.1")) {
        shown = "localhost";
      }
      cli.out.println(cli.messages().get("serve.ready", "http://" + shown + ":" + bound + "/"));
      cli.out.println(cli.messages().get("serve.stop"));
      cli.out.flush();
      stopped.await();
    }
  }

  private static boolean isFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new java.net.InetSocketAddress(host, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
