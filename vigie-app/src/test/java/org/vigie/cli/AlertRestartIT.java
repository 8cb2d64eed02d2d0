package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.archive.Archive;
import org.vigie.archive.alerts.AlertOutbox;
import org.vigie.archive.alerts.AlertRule;

/**
 * Nothing lost, nothing doubled: a real {@code vigie ingest} process ingests 1 000 matching
 * documents and is killed with SIGKILL while it delivers their webhooks to a slow receiver; a
 * second run delivers what was pending. Every message of the outbox reaches the receiver, each
 * counted once by its idempotency key (webhook-id).
 */
class AlertRestartIT {
  private static final int DOCUMENTS = 1000;
  @TempDir Path work;

  @Test
  void killMinusNineWhileDeliveringThenRestartDeliversEveryMessageOnce() throws Exception {
    Map<String, Integer> accepted = new ConcurrentHashMap<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          ex.getRequestBody().readAllBytes();
          try {
            Thread.sleep(15); // a slow receiver: the kill lands while deliveries are pending
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          accepted.merge(ex.getRequestHeaders().getFirst("webhook-id"), 1, Integer::sum);
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    receiver.start();
    try {
      Path data = work.resolve("data");
      Path corpus = writeCorpus(work.resolve("corpus"));
      String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      VigieCliTest.Run add =
          VigieCliTest.vigie(
              "--data",
              data.toString(),
              "alert",
              "add",
              "Dossiers",
              "--query",
              "référence",
              "--webhook",
              hook,
              "--allow-private",
              "--rate-per-hour",
              "1000000");
      assertThat(add.exit()).as(add.err()).isZero();

      Process child = ingest(corpus, data);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (accepted.size() < 100 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(child.isAlive()).as("still delivering when killed").isTrue();
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      int beforeRestart = accepted.size();

      Process again = ingest(corpus, data);
      assertThat(again.waitFor(180, TimeUnit.SECONDS)).isTrue();
      assertThat(again.exitValue()).isZero();

      try (Archive archive = Archive.open(data)) {
        AlertRule rule = archive.alerts().rules().byName("Dossiers").orElseThrow();
        List<AlertOutbox.Delivery> outbox = archive.alerts().outbox().ofRule(rule.id(), 10_000);
        assertThat(outbox).isNotEmpty();
        assertThat(outbox)
            .allSatisfy(d -> assertThat(d.status()).isEqualTo(AlertOutbox.Status.DELIVERED));
        Set<String> ids = outbox.stream().map(AlertOutbox.Delivery::id).collect(Collectors.toSet());
        assertThat(accepted.keySet())
            .as("every message reached the receiver, none unknown")
            .isEqualTo(ids);
        assertThat(archive.alerts().matches().recent(rule.id(), 10_000)).hasSize(DOCUMENTS);
        assertThat(beforeRestart).isLessThan(ids.size());
        long repeats = accepted.values().stream().filter(n -> n > 1).count();
        System.out.printf(
            "restart: %d messages, %d before the kill, %d sent twice and discarded by id%n",
            ids.size(), beforeRestart, repeats);
      }
    } finally {
      receiver.stop(0);
    }
  }

  /** Seed paragraphs recombined so that every document is distinct, each naming its file. */
  private static Path writeCorpus(Path folder) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    try (var seeds = Files.list(Fixtures.path("samples/seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        for (String p : Files.readString(seed).split("\n")) {
          if (p.strip().length() > 200) {
            paragraphs.add(p.strip());
          }
        }
      }
    }
    Files.createDirectories(folder);
    for (int i = 0; i < DOCUMENTS; i++) {
      String text =
          paragraphs.get(i % paragraphs.size())
              + "\n\n"
              + paragraphs.get((i * 7 + 3) % paragraphs.size())
              + "\n\nRéférence du dossier "
              + String.format("%05d", i)
              + ".";
      Files.writeString(folder.resolve(String.format("dossier%05d.txt", i)), text);
    }
    return folder;
  }

  private static Process ingest(Path corpus, Path data) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-jar",
            Path.of("target/vigie.jar").toString(),
            "ingest",
            corpus.toString(),
            "--data",
            data.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
