package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigie alert …} on a real archive and a real webhook receiver on 127.0.0.1: the signing
 * secret printed once, {@code test} failing when the receiver refuses, {@code ingest} delivering
 * the alerts it raised before it exits, the delivery log.
 */
class AlertCommandTest {
  @TempDir Path work;
  HttpServer receiver;
  final AtomicInteger status = new AtomicInteger(200);

  /** The webhook-ids the receiver accepted. */
  final List<String> ids = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int code = status.get();
          if (code < 300) {
            ids.add(ex.getRequestHeaders().getFirst("webhook-id"));
          }
          ex.sendResponseHeaders(code, -1);
          ex.close();
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  private String data() {
    return work.resolve("data").toString();
  }

  private String hook() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @Test
  void addTestIngestAndTheDeliveryLog() {
    VigieCliTest.Run add =
        VigieCliTest.vigie(
            "--data",
            data(),
            "alert",
            "add",
            "Blogueurs",
            "--query",
            "blogueurs",
            "--webhook",
            hook(),
            "--allow-private");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out().strip()).startsWith("whsec_");
    assertThat(add.err()).contains("Alerte « Blogueurs » créée");

    VigieCliTest.Run test = VigieCliTest.vigie("--data", data(), "alert", "test", "Blogueurs");
    assertThat(test.exit()).as(test.out() + test.err()).isZero();
    assertThat(ids).hasSize(1);

    status.set(500);
    VigieCliTest.Run refused = VigieCliTest.vigie("--data", data(), "alert", "test", "Blogueurs");
    assertThat(refused.exit()).isEqualTo(VigieCli.SOFTWARE);
    assertThat(refused.out()).contains("500");

    status.set(200);
    VigieCliTest.Run ingest =
        VigieCliTest.vigie("--data", data(), "ingest", VigieCliTest.SEEDS.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.err()).contains("Alertes :");
    assertThat(ids).as("the test, then the documents' stories").hasSizeGreaterThan(1);
    assertThat(ids).doesNotHaveDuplicates();

    VigieCliTest.Run log = VigieCliTest.vigie("--data", data(), "alert", "deliveries", "Blogueurs");
    assertThat(log.out()).contains("immediate", "delivered", "test");

    VigieCliTest.Run unknown = VigieCliTest.vigie("--data", data(), "alert", "show", "Personne");
    assertThat(unknown.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(unknown.err()).contains("Aucune alerte nommée « Personne »");

    VigieCliTest.Run noChannel =
        VigieCliTest.vigie("--data", data(), "alert", "add", "Rien", "--query", "x");
    assertThat(noChannel.exit()).isEqualTo(VigieCli.USAGE);

    VigieCliTest.Run loopback =
        VigieCliTest.vigie(
            "--data",
            data(),
            "alert",
            "add",
            "Boucle",
            "--query",
            "blogueurs",
            "--webhook",
            hook());
    assertThat(loopback.exit()).isZero();
    VigieCliTest.Run refusedLoopback =
        VigieCliTest.vigie("--data", data(), "alert", "test", "Boucle");
    assertThat(refusedLoopback.exit()).isEqualTo(VigieCli.SOFTWARE);
    assertThat(refusedLoopback.out()).contains("loopback");
  }
}
