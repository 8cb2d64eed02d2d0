package org.vigie.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSearch cluster of local nodes, for the integration tests, the benchmark and trying the
 * backend on one machine: an unpacked OpenSearch distribution ({@code opensearch.home}, the
 * integ-test one that the build unpacks into {@code vigie-opensearch/target}), each node a separate
 * JVM on free loopback ports with its own configuration, data, log and temporary folders.
 * OpenSearch refuses to run as root, so as root the nodes run as the unprivileged user 65534
 * ({@code setpriv}) and their folders are given to it. {@link #close()} (also run by a shutdown
 * hook) kills every node it started.
 */
public final class LocalCluster implements AutoCloseable {
  private static final int NOBODY = 65534;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final Path home;
  private final Path base;
  private final int[] httpPorts;
  private final int[] transportPorts;
  private final Process[] nodes;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Thread hook = new Thread(this::stopAll, "opensearch-test-cluster-stop");

  /** A copy of the distribution made outside a private checkout, removed on close. */
  private Path temporary;

  private LocalCluster(Path home, Path base, int size) {
    this.home = home;
    this.base = base;
    this.httpPorts = new int[size];
    this.transportPorts = new int[size];
    this.nodes = new Process[size];
  }

  /** Starts {@code size} nodes and waits until the cluster is green with all of them. */
  public static LocalCluster start(int size) {
    String h = System.getProperty("opensearch.home");
    if (h == null || !Files.isDirectory(Path.of(h))) {
      throw new IllegalStateException(
          "opensearch.home is not set to the unpacked distribution (run through Maven failsafe): "
              + h);
    }
    Path home = Path.of(h).toAbsolutePath();
    Path temporary = null;
    try {
      Path target = home.getParent().getParent();
      if (isRoot() && !reachableByOthers(home)) {
        // a checkout under a private folder (/root/…): the nodes' user could not read it
        target = Files.createTempDirectory("vigie-opensearch-");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        home = copyTree(home, target.resolve(home.getFileName().toString()));
        temporary = target;
      }
      Path base = Files.createTempDirectory(target, "cluster-");
      Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
      LocalCluster cluster = new LocalCluster(home, base, size);
      cluster.temporary = temporary;
      Runtime.getRuntime().addShutdownHook(cluster.hook);
      try {
        cluster.launch();
        return cluster;
      } catch (RuntimeException | IOException e) {
        cluster.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test cluster", e);
    }
  }

  private void launch() throws IOException {
    makeReadable(home);
    for (int i = 0; i < nodes.length; i++) {
      httpPorts[i] = freePort();
      transportPorts[i] = freePort();
    }
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = startNode(i);
    }
    waitForGreen();
  }

  private Process startNode(int i) throws IOException {
    Path node = base.resolve("node-" + i);
    Path config = node.resolve("config");
    copyConfig(config, node);
    for (String d : List.of("data", "logs", "tmp")) {
      Files.createDirectories(node.resolve(d));
    }
    giveToNobody(node);
    List<String> seeds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int n = 0; n < nodes.length; n++) {
      seeds.add("127.0.0.1:" + transportPorts[n]);
      names.add("node-" + n);
    }
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(
          List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
    }
    command.add(home.resolve("bin/opensearch").toString());
    command.addAll(
        List.of(
            "-Ecluster.name=vigie-it-" + ProcessHandle.current().pid(),
            "-Enode.name=node-" + i,
            "-Epath.data=" + node.resolve("data"),
            "-Epath.logs=" + node.resolve("logs"),
            "-Enetwork.host=127.0.0.1",
            "-Ehttp.port=" + httpPorts[i],
            "-Etransport.port=" + transportPorts[i],
            "-Ediscovery.seed_hosts=" + String.join(",", seeds),
            "-Ecluster.initial_cluster_manager_nodes=" + String.join(",", names),
            "-Ecluster.routing.allocation.disk.threshold_enabled=false",
            "-Eaction.auto_create_index=false"));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("OPENSEARCH_PATH_CONF", config.toString());
    pb.environment().put("OPENSEARCH_TMPDIR", node.resolve("tmp").toString());
    pb.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.directory(home.toFile());
    pb.redirectErrorStream(true);
    pb.redirectOutput(node.resolve("console.log").toFile());
    return pb.start();
  }

  /** The distribution's configuration with the JVM's log and dump files in the node's folders. */
  private void copyConfig(Path config, Path node) throws IOException {
    Path source = home.resolve("config");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path to = config.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Path jvm = config.resolve("jvm.options");
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(jvm)) {
      if (line.contains("-Xlog:gc")) {
        continue;
      }
      lines.add(
          line.replace("HeapDumpPath=data", "HeapDumpPath=" + node.resolve("data"))
              .replace("ErrorFile=logs/", "ErrorFile=" + node.resolve("logs") + "/"));
    }
    Files.write(jvm, lines);
  }

  private void waitForGreen() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < nodes.length; i++) {
        if (!nodes[i].isAlive()) {
          throw new IllegalStateException(
              "OpenSearch node "
                  + i
                  + " exited with "
                  + nodes[i].exitValue()
                  + ": "
                  + consoleTail(i));
        }
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            url(0)
                                + "/_cluster/health?wait_for_status=green&wait_for_nodes="
                                + nodes.length
                                + "&timeout=5s"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        last = r.body();
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting the cluster", e);
      }
    }
    throw new IllegalStateException(
        "the test cluster was not green after "
            + START_TIMEOUT
            + ": "
            + last
            + "\n"
            + consoleTail(0));
  }

  public String consoleTail(int node) {
    try {
      List<String> lines = Files.readAllLines(base.resolve("node-" + node).resolve("console.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no console log: " + e.getMessage() + ")";
    }
  }

  /** The HTTP address of a node. */
  public String url(int node) {
    return "http://127.0.0.1:" + httpPorts[node];
  }

  /** Every node's address, comma-separated, as {@code --hosts} takes them. */
  public String hosts() {
    List<String> hosts = new ArrayList<>();
    for (int i = 0; i < nodes.length; i++) {
      hosts.add("127.0.0.1:" + httpPorts[i]);
    }
    return String.join(",", hosts);
  }

  public int size() {
    return nodes.length;
  }

  public boolean isAlive(int node) {
    return nodes[node].isAlive();
  }

  /** The node's name as the cluster knows it. */
  public static String nodeName(int node) {
    return "node-" + node;
  }

  /** Kills a node's JVM with SIGKILL, as a crash would. */
  public void kill(int node) {
    Process p = nodes[node];
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    try {
      p.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void stopAll() {
    for (Process p : nodes) {
      if (p != null && p.isAlive()) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
      }
    }
    for (Process p : nodes) {
      if (p == null) {
        continue;
      }
      try {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly();
          p.waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
  }

  @Override
  public void close() {
    stopAll();
    if (temporary != null) {
      try (Stream<Path> files = Files.walk(temporary)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // best effort: a temporary folder
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void giveToNobody(Path folder) throws IOException {
    if (!isRoot()) {
      return;
    }
    run("chown", "-R", NOBODY + ":" + NOBODY, folder.toString());
  }

  /** The distribution must be readable (and its scripts runnable) by the nodes' user. */
  private static void makeReadable(Path home) throws IOException {
    if (!isRoot()) {
      return;
    }
    run("chmod", "-R", "o+rX", home.toString());
    try (Stream<Path> bin = Files.list(home.resolve("bin"))) {
      for (Path p : bin.toList()) {
        Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
        perms.addAll(
            Set.of(
                PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE));
        Files.setPosixFilePermissions(p, perms);
      }
    }
    if (!reachableByOthers(home)) {
      throw new IllegalStateException(
          "a parent of "
              + home
              + " is not searchable by other users: the nodes (user "
              + NOBODY
              + ") cannot reach it");
    }
  }

  /** Whether every folder above {@code path} lets other users through. */
  private static boolean reachableByOthers(Path path) throws IOException {
    for (Path p = path.getParent(); p != null; p = p.getParent()) {
      if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
        return false;
      }
    }
    return true;
  }

  private static Path copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return to;
  }

  private static void run(String... command) throws IOException {
    try {
      Process p = new ProcessBuilder(command).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IOException(String.join(" ", command) + " exited with " + p.exitValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + String.join(" ", command), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
