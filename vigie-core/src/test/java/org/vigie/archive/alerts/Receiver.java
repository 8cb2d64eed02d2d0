package org.vigie.archive.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real webhook receiver on 127.0.0.1 that answers the statuses it is told, keeps what it got and
 * verifies each signature with its own reading of the Standard Webhooks specification.
 */
final class Receiver implements AutoCloseable {
  /** One request received. */
  record Received(String id, String timestamp, String signature, String body, boolean verified) {}

  private final HttpServer server;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> byId = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile String secret;
  private volatile IntSupplier status = () -> 200;

  Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          calls.incrementAndGet();
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String id = exchange.getRequestHeaders().getFirst("webhook-id");
          String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
          String sig = exchange.getRequestHeaders().getFirst("webhook-signature");
          int code = status.getAsInt();
          received.add(new Received(id, ts, sig, body, verify(id, ts, sig, body)));
          if (code >= 200 && code < 300) {
            byId.merge(id, 1, Integer::sum);
          }
          exchange.sendResponseHeaders(code, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  void secret(String s) {
    secret = s;
  }

  void answer(IntSupplier s) {
    status = s;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** Distinct accepted ids and how many times each was accepted. */
  Map<String, Integer> acceptedById() {
    return Map.copyOf(byId);
  }

  int calls() {
    return calls.get();
  }

  /** HMAC-SHA256 over "id.timestamp.body" with the base64 key after "whsec_", as v1,<base64>. */
  private boolean verify(String id, String ts, String signature, String body) {
    if (secret == null || id == null || ts == null || signature == null) {
      return false;
    }
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String expected =
          Base64.getEncoder()
              .encodeToString(
                  mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8)));
      for (String part : signature.split(" ")) {
        if (part.equals("v1," + expected)) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
