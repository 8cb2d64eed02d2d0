package org.vigie.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code vigie-app/target/vigie.jar}) serving a data folder, started as a
 * child process the way {@code ./vigie serve} starts it (with its class-data-sharing archive), on a
 * free port ({@code --port 0}); the port is read from the address it prints when ready.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern ADDRESS = Pattern.compile("http://[^\\s/]+:(\\d+)/");
  private static final Duration START_LIMIT = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final double readySeconds;

  private ServerProcess(Process process, int port, double readySeconds) {
    this.process = process;
    this.port = port;
    this.readySeconds = readySeconds;
  }

  /** The jar, or a clear message naming the command that builds it. */
  static Path jar(Path repository) {
    Path jar = repository.resolve("vigie-app/target/vigie.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar
              + " is missing: build it with ./mvnw -q -pl vigie-app -am package -Dmaven.test.skip=true");
    }
    return jar;
  }

  /**
   * Starts the server and waits until {@code /health} answers 200.
   *
   * @throws IOException when it does not within a minute, or exits first
   */
  static ServerProcess start(Path jar, Path data) throws IOException {
    // public read-only: the benchmarks measure anonymous searches
    return start(jar, data, List.of("-Xmx1g"), List.of("--public"));
  }

  /** Starts the server with these JVM options and these {@code serve} options. */
  static ServerProcess start(Path jar, Path data, List<String> jvm, List<String> serve)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long start = System.nanoTime();
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
    command.addAll(jvm);
    // the class-data-sharing archive ./vigie uses for servers: written by the first start after a
    // build, mapped by the next ones
    command.add("-XX:SharedArchiveFile=" + jar.resolveSibling("vigie-server.jsa"));
    command.addAll(
        List.of("-XX:+AutoCreateSharedArchive", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--data",
            data.toString(),
            "--lang",
            "en",
            "serve",
            "--port",
            "0"));
    command.addAll(serve);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      int port = awaitPort(p);
      awaitHealth(port, start);
      return new ServerProcess(p, port, (System.nanoTime() - start) / 1e9);
    } catch (IOException | RuntimeException e) {
      p.destroyForcibly();
      throw e;
    }
  }

  private static int awaitPort(Process p) throws IOException {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  Matcher m = ADDRESS.matcher(line);
                  if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                  }
                }
              } catch (IOException e) {
                port.completeExceptionally(e);
              }
              port.completeExceptionally(
                  new IOException("the server exited before printing its address"));
            });
    try {
      return port.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException("the server printed no address within " + START_LIMIT, e);
    }
  }

  private static void awaitHealth(int port, long startNanos) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
    while (System.nanoTime() - startNanos < START_LIMIT.toNanos()) {
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for /health", e);
      }
      sleep(10);
    }
    throw new IOException("/health did not answer 200 within " + START_LIMIT);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  int port() {
    return port;
  }

  /** Seconds from starting the process to the first 200 from {@code /health}. */
  double readySeconds() {
    return readySeconds;
  }

  /** Stops the server (its shutdown hook closes the archive) and waits for it to exit. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
