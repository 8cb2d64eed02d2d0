package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.web.access.AccessControl;
import org.vigie.web.access.ClientAddress;

/**
 * One client flooding the server with expensive queries (dozens of prefixes) while another
 * searches: the other's searches stay within twice their normal latency, because the flood runs one
 * expensive query at a time and the server a bounded number. In public mode, anonymously, as the
 * probe did; each client has its own address through the trusted proxy 127.0.0.1.
 */
class QueryLimitsIT {
  @TempDir static Path work;
  static TestServer harness;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Documents of words drawn from a large vocabulary, so that prefixes expand to many words. */
  @BeforeAll
  static void start() throws Exception {
    harness = TestServer.open(work);
    Random random = new Random(19);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder w = new StringBuilder();
      for (int c = 0; c < 7; c++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      vocabulary.add(w.toString());
    }
    StringBuilder lines = new StringBuilder();
    for (int d = 0; d < 800; d++) {
      StringBuilder text = new StringBuilder("La paix au Mali. ");
      for (int i = 0; i < 120; i++) {
        text.append(vocabulary.get(random.nextInt(vocabulary.size())))
            .append(i % 12 == 11 ? ". " : " ");
      }
      lines.append(
          TestServer.jsonLine(
              "title", "Document " + d, "text", text.toString(), "published", "2024-05-01"));
    }
    Path corpus = Files.createDirectories(work.resolve("corpus")).resolve("words.jsonl");
    Files.writeString(corpus, lines);
    harness.ingest("files:words", corpus);
    AccessControl access =
        new AccessControl(harness.users(), AccessControl.Mode.PUBLIC)
            .trusting(ClientAddress.trusting(List.of("127.0.0.1")));
    base = harness.start(new WebServer(harness.store(), access));
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  static HttpResponse<String> search(String q, String address) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
            .header("X-Forwarded-For", address)
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * 50 two-letter prefixes joined by OU (the most the query language takes): each expands to dozens
   * of words.
   */
  static final String EXPENSIVE =
      IntStream.range(0, org.vigie.search.QueryLimits.MAX_PREFIXES)
          .mapToObj(i -> "" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "*")
          .collect(Collectors.joining(" OU "));

  /** The median latency, in ms, of {@code n} searches sent every {@code everyMillis}. */
  static double medianMillis(int n, String q, String address, long everyMillis) throws Exception {
    List<Long> took = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Thread.sleep(everyMillis);
      long start = System.nanoTime();
      HttpResponse<String> r = search(q, address);
      took.add((System.nanoTime() - start) / 1_000);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    took.sort(Long::compare);
    return took.get(n / 2) / 1000.0;
  }

  @Test
  void aFloodOfExpensiveQueriesLeavesAnotherClientsSearchesWithinTwiceTheirLatency()
      throws Exception {
    long one = System.nanoTime();
    HttpResponse<String> alone = search(EXPENSIVE, "198.51.100.1");
    assertThat(alone.statusCode()).as(alone.body()).isEqualTo(200);
    long expensiveMillis = (System.nanoTime() - one) / 1_000_000;
    medianMillis(10, "paix", "203.0.113.2", 0); // warm up
    double normal = medianMillis(60, "paix", "203.0.113.2", 200);

    AtomicBoolean flooding = new AtomicBoolean(true);
    Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    int threads = 16;
    ExecutorService flood = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      flood.submit(
          () -> {
            while (flooding.get()) {
              HttpResponse<String> r = search(EXPENSIVE, "198.51.100.1");
              statuses.computeIfAbsent(r.statusCode(), s -> new AtomicLong()).incrementAndGet();
              // greedy: the next one the moment it is allowed
              long retry = r.headers().firstValueAsLong("Retry-After").orElse(0);
              Thread.sleep(Math.min(retry * 1000, 500));
            }
            return null;
          });
    }
    Thread.sleep(500);
    double during = medianMillis(60, "paix", "203.0.113.2", 200);
    flooding.set(false);
    flood.shutdown();
    flood.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
    System.out.printf(
        "one expensive query alone: %d ms; another client's search: median %.1f ms alone, %.1f"
            + " ms during a flood of %d threads (flood statuses %s)%n",
        expensiveMillis, normal, during, threads, statuses);
    assertThat(statuses.get(429)).as("the flood was held to one query at a time").isNotNull();
    assertThat(statuses.getOrDefault(500, new AtomicLong()).get()).isZero();
    assertThat(during).isLessThanOrEqualTo(2 * Math.max(normal, 5.0));
  }

  @Test
  void aHeldTurnIsGivenBackEvenWhenTheRequestFails() throws Exception {
    // expensive, so it takes its client's turn; then its handler refuses the page size
    for (int i = 0; i < 5; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      base
                          + "/api/search?size=abc&q="
                          + URLEncoder.encode("élect* OU paix*", StandardCharsets.UTF_8)))
              .header("X-Forwarded-For", "198.51.100.50")
              .build();
      assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(400);
    }
    assertThat(search("élect* OU paix*", "198.51.100.50").statusCode()).isEqualTo(200);
  }
}
