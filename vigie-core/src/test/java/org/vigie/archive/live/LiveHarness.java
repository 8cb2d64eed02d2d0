package org.vigie.archive.live;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.archive.Archive;
import org.vigie.archive.catalog.EngagementSnapshot;
import org.vigie.archive.catalog.PostRemoval;
import org.vigie.archive.sources.KindCollectors;
import org.vigie.archive.sources.SourceRunner;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.fetch.TestWebServer;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;

/**
 * A real archive, a source runner with the live collectors, and a real HTTP server on loopback that
 * platform models answer on; requests can be made to fail first ({@link #fail}).
 */
final class LiveHarness implements AutoCloseable {
  /** One failure to answer before the real page: a status and an optional Retry-After. */
  record Fault(int status, String retryAfter) {}

  final TestWebServer server;
  final Archive archive;
  final SourceRunner runner;
  private final Map<String, Deque<Fault>> faults = new HashMap<>();

  LiveHarness(Path data) throws IOException {
    server = new TestWebServer("live");
    archive = Archive.open(data);
    Clock clock = Clock.systemUTC();
    runner =
        new SourceRunner(
            archive,
            KindCollectors.standard(clock)
                .withLive(archive.catalog(), FetchSettings.DEFAULTS, clock),
            clock,
            200,
            1);
  }

  /** Registers a live source pointed at the test server, loopback allowed, no pacing delay. */
  void add(String id, SourceKind kind, String location, Map<String, String> extra) {
    Map<String, String> options = new HashMap<>();
    options.put("baseUrl", server.base());
    options.put("delayMs", "0");
    options.put("retryDelayMs", "20");
    options.putAll(extra);
    archive
        .catalog()
        .sources()
        .add(
            new Source(
                id, id, kind, location, "ML", "fra", List.of(), Duration.ofHours(1), true, options),
            Clock.systemUTC().instant());
  }

  SourceRunner.Result run(String id) {
    return runner.run(id, p -> {});
  }

  /** The next {@code times} requests to {@code pathAndQuery} are answered {@code status}. */
  synchronized void fail(String pathAndQuery, int status, String retryAfter, int times) {
    Deque<Fault> queue = faults.computeIfAbsent(pathAndQuery, k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.add(new Fault(status, retryAfter));
    }
  }

  /** Answers a queued failure for this request, if any; true when it did. */
  boolean failed(HttpExchange exchange) throws IOException {
    Fault f;
    synchronized (this) {
      Deque<Fault> queue = faults.get(pathAndQuery(exchange));
      f = queue == null ? null : queue.poll();
    }
    if (f == null) {
      return false;
    }
    if (f.retryAfter() != null) {
      exchange.getResponseHeaders().set("Retry-After", f.retryAfter());
    }
    TestWebServer.send(exchange, f.status(), "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
    return true;
  }

  static String pathAndQuery(HttpExchange exchange) {
    String q = exchange.getRequestURI().getRawQuery();
    return exchange.getRequestURI().getRawPath() + (q == null ? "" : "?" + q);
  }

  /** How many requests went to exactly {@code pathAndQuery}. */
  int hits(String pathAndQuery) {
    return server.hits(pathAndQuery).size();
  }

  boolean stored(String documentId) {
    return archive.store().get(documentId).isPresent();
  }

  List<EngagementSnapshot> history(String documentId) {
    return archive.catalog().live().history(documentId);
  }

  PostRemoval removal(String documentId) {
    return archive.catalog().live().removal(documentId).orElse(null);
  }

  @Override
  public void close() {
    archive.close();
    server.close();
  }
}
