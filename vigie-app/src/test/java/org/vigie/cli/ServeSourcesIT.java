package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.cli.VigieCliTest.vigie;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.archive.access.UserDirectory;
import org.vigie.archive.catalog.IngestRun;
import org.vigie.document.DocumentJson;

/**
 * {@code vigie serve} as a child process collects a due source in the background, shows it on
 * {@code /api/sources}, and stops cleanly on SIGTERM: the run is recorded as done, not interrupted.
 */
class ServeSourcesIT {
  static final Path KLEDU = Fixtures.path("sources/kledu/2024-03.jsonl");
  static final Pattern READY = Pattern.compile("http://localhost:(\\d+)/");

  @TempDir Path work;

  @Test
  void serveRunsDueSourcesInTheBackgroundAndStopsCleanly() throws Exception {
    Path drop = Files.createDirectories(work.resolve("drop"));
    Files.copy(KLEDU, drop.resolve("2024-03.jsonl"));
    Path data = work.resolve("data");
    VigieCliTest.Run added =
        vigie(
            "source",
            "add",
            "--data",
            data.toString(),
            "--name",
            "Radio Kledu",
            "--kind",
            "import",
            "--path",
            drop.toString(),
            "--every",
            "1h");
    assertThat(added.exit()).as(added.err()).isZero();

    String token;
    try (Archive archive = Archive.open(data)) {
      UserDirectory users = new UserDirectory(archive.catalog().dataSource());
      users.add("lecteur", Role.VIEWER, "un mot de passe de lecteur", false);
      token = users.createToken("lecteur", "test").secret();
    }

    Path log = work.resolve("serve.log");
    Process child = startServe(data, log);
    try {
      int port = waitForPort(log, child);
      JsonNode kledu = waitForSuccess(port, child, token);
      assertThat(kledu.get("state").get("consecutiveFailures").asInt()).isZero();
      assertThat(kledu.get("coverage").get("lastDocumentAt").asText()).startsWith("2024-03-09");
    } finally {
      child.destroy();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
    }
    try (Archive archive = Archive.open(data)) {
      List<IngestRun> runs = archive.catalog().sources().runs("radio-kledu", 10);
      assertThat(runs).extracting(IngestRun::status).containsExactly("DONE");
      assertThat(runs.getFirst().added()).isEqualTo(3);
      assertThat(archive.store().count()).isEqualTo(3);
    }
  }

  private static Process startServe(Path data, Path log) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-jar",
            Path.of("target/vigie.jar").toString(),
            "serve",
            "--port",
            "0",
            "--data",
            data.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static int waitForPort(Path log, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertThat(child.isAlive()).as("serve died: " + Files.readString(log)).isTrue();
      Matcher m = READY.matcher(Files.readString(log));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve did not start within 60 s: " + Files.readString(log));
  }

  private static JsonNode waitForSuccess(int port, Process child, String token) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      assertThat(child.isAlive()).isTrue();
      String body =
          http.send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/api/sources/radio-kledu"))
                      .header("Authorization", "Bearer " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      JsonNode source = DocumentJson.mapper().readTree(body);
      if (!source.get("state").get("lastSuccessAt").isNull()) {
        return source;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the source was not collected within 90 s");
  }
}
