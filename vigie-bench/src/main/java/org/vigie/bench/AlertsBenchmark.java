package org.vigie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.archive.Archive;
import org.vigie.archive.alerts.AlertRule;
import org.vigie.archive.alerts.AlertWorker;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.link.topics.Topic;
import org.vigie.store.StoreConfig;

/**
 * What alerts cost at ingest, side by side in one run: the MasakhaNEWS articles and the seeds,
 * analysed once by the standard pipeline, then written into fresh archives with no rule and with 10
 * 000 immediate rules (queries generated from the articles' own vocabulary, as the topics benchmark
 * does; each with a webhook to a local receiver, so matches write their deliveries), the
 * documents/s of the whole ingest (analysis + link step + store) compared; then the time from a
 * document's write to its webhook's arrival, documents written at 100 a second while the server's
 * {@link AlertWorker} delivers. Appends a row to {@code docs/BENCHMARKS.md}.
 */
public final class AlertsBenchmark {
  private static final int RULES = 10_000;
  private static final int PASSES = 3;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Path docsMd = Path.of(args.length > 1 ? args[1] : "docs/BENCHMARKS.md");
    String command = args.length > 2 ? args[2] : "bench/alerts.sh";
    Path news = shared.resolve("corpus/masakhanews-fr");
    if (!Files.isDirectory(news)) {
      System.out.println("Alerts benchmark skipped: " + news.toAbsolutePath() + " not found");
      return;
    }
    double loadBefore = BenchLog.load();
    long a0 = THREADS.getCurrentThreadCpuTime();
    List<AnalyzedDocument> docs = TopicsBenchmark.analyse(news, Path.of("samples/seeds"));
    double analysisUs = (THREADS.getCurrentThreadCpuTime() - a0) / 1e3 / docs.size();
    List<Topic> queries = TopicsBenchmark.taxonomy(docs, RULES, new Random(20261207));
    System.out.printf(
        Locale.ROOT,
        "%d documents analysed (%.0f µs each), %d rule queries%n",
        docs.size(),
        analysisUs,
        queries.size());

    try (Receiver receiver = new Receiver()) {
      double none = 0;
      double many = 0;
      long deliveries = 0;
      for (int pass = 0; pass < PASSES; pass++) {
        none += addCost(docs, List.of(), receiver)[0];
        double[] r = addCost(docs, queries, receiver);
        many += r[0];
        deliveries += (long) r[1];
      }
      none /= PASSES;
      many /= PASSES;
      double docsNone = 1e6 / (analysisUs + none);
      double docsMany = 1e6 / (analysisUs + many);
      double loss = 1 - docsMany / docsNone;
      System.out.printf(
          Locale.ROOT,
          "link step and store: %.0f µs a document with no rule, %.0f with %,d rules (%d"
              + " deliveries a pass); whole ingest on one core: %.0f vs %.0f documents/s, %.1f %%"
              + " fewer%n",
          none,
          many,
          queries.size(),
          deliveries / PASSES,
          docsNone,
          docsMany,
          100 * loss);
      long[] latency = latencies(docs, queries.subList(0, 200), receiver);
      System.out.printf(
          Locale.ROOT,
          "ingest → webhook at 100 documents/s: %d messages, p50 %d ms, p99 %d ms%n",
          latency.length,
          latency.length == 0 ? 0 : latency[latency.length / 2],
          latency.length == 0 ? 0 : latency[(int) (latency.length * 0.99)]);
      System.out.println(
          (loss <= 0.15 ? "MET    " : "MISSED ")
              + "10 000 rules lose ≤ 15 % documents/s: "
              + String.format(Locale.ROOT, "%.1f %%", 100 * loss));
      long p99 = latency.length == 0 ? Long.MAX_VALUE : latency[(int) (latency.length * 0.99)];
      System.out.println(
          (p99 <= 5000 ? "MET    " : "MISSED ") + "ingest → webhook p99 ≤ 5 s: " + p99 + " ms");
      BenchLog.appendRow(
          docsMd,
          "alerts",
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f→%.1f | `%s` | %d | %.0f / %.0f µs | %.0f / %.0f (−%.1f %%) | %d:"
                  + " p50 %d ms, p99 %d ms |",
              BenchLog.today(),
              BenchLog.machine(),
              loadBefore,
              BenchLog.load(),
              command,
              docs.size(),
              none,
              many,
              docsNone,
              docsMany,
              100 * loss,
              latency.length,
              latency.length == 0 ? 0 : latency[latency.length / 2],
              p99));
    }
  }

  /**
   * CPU µs per document of the link step and the store (the alerts' linker included) into a fresh
   * archive with these rules, and the deliveries they queued.
   */
  private static double[] addCost(List<AnalyzedDocument> docs, List<Topic> rules, Receiver receiver)
      throws IOException {
    Path folder = Files.createTempDirectory("vigie-alerts-bench");
    try (Archive archive = Archive.open(folder, StoreConfig.EMBEDDED)) {
      addRules(archive, rules, receiver);
      long cpu = THREADS.getCurrentThreadCpuTime();
      for (AnalyzedDocument d : docs) {
        archive.writer().add(d);
      }
      archive.writer().commit();
      double us = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / docs.size();
      return new double[] {us, archive.alerts().outbox().pending()};
    } finally {
      delete(folder);
    }
  }

  private static void addRules(Archive archive, List<Topic> rules, Receiver receiver) {
    int n = 0;
    List<AlertRule> all = new ArrayList<>();
    for (Topic t : rules) {
      all.add(
              new AlertRule(
                  0,
                  "r" + (n++),
                  "bench",
                  t.query(),
                  AlertRule.Mode.IMMEDIATE,
                  null,
                  null,
                  null,
                  1_000_000,
                  null,
                  receiver.url(),
                  null,
                  true,
                  false,
                  null,
                  "fr",
                  true));
    }
    archive.alerts().addAll(all); // one matcher commit, not 10 000
  }

  /**
   * Documents written at 100 a second with the server's alert worker running: milliseconds from
   * each notifying document's write to its webhook's arrival, sorted.
   */
  private static long[] latencies(List<AnalyzedDocument> docs, List<Topic> rules, Receiver receiver)
      throws Exception {
    Path folder = Files.createTempDirectory("vigie-alerts-latency");
    Map<String, Long> written = new ConcurrentHashMap<>();
    receiver.arrivals.clear();
    try (Archive archive = Archive.open(folder, StoreConfig.EMBEDDED)) {
      addRules(archive, rules, receiver);
      try (AlertWorker worker = new AlertWorker(archive.alerts())) {
        long start = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
          long due = start + i * 10_000_000L;
          while (System.nanoTime() < due) {
            Thread.onSpinWait();
          }
          written.put(docs.get(i).id(), System.currentTimeMillis());
          archive.writer().add(docs.get(i));
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (archive.alerts().outbox().pending() > 0 && System.currentTimeMillis() < deadline) {
          Thread.sleep(100);
        }
      }
    } finally {
      delete(folder);
    }
    List<Long> ms = new ArrayList<>();
    receiver.arrivals.forEach(
        (docId, at) -> {
          Long w = written.get(docId);
          if (w != null) {
            ms.add(at - w);
          }
        });
    long[] sorted = ms.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  private static void delete(Path folder) throws IOException {
    try (var walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** A webhook receiver on 127.0.0.1 noting when each message's first document arrived. */
  private static final class Receiver implements AutoCloseable {
    final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final HttpServer server;

    Receiver() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
      server.createContext(
          "/hook",
          ex -> {
            long at = System.currentTimeMillis();
            JsonNode body = DocumentJson.mapper().readTree(ex.getRequestBody());
            JsonNode item = body.path("data").path("items").path(0);
            if (!item.isMissingNode()) {
              arrivals.putIfAbsent(item.path("docId").asText(), at);
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
          });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
