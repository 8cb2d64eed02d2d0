package org.vigie.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import jdk.jfr.Recording;
import org.vigie.analysis.Stages;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Entity;
import org.vigie.link.ArchiveWriter;
import org.vigie.opensearch.LocalCluster;
import org.vigie.opensearch.OpenSearchSettings;
import org.vigie.opensearch.OpenSearchStore;
import org.vigie.store.DocumentStore;
import org.vigie.store.lucene.LuceneIndex;

/**
 * The same ingest and query mix on the three deployments, side by side in one run: the embedded
 * index, a one-node local OpenSearch cluster (one shard, no replica) and a two-node one (two
 * shards, one replica, as a cluster that survives the loss of a node is run). The documents are
 * generated ({@link CorpusGenerator}, analysed as {@link BenchIndex} does) once, kept in memory,
 * and added from one thread a core with {@code addIfAbsent}, then committed: documents/s. Then 200
 * warm-up searches and 1 000 measured ones of {@link QueryMix} from one client: p50/p99.
 *
 * <p>Run from the repository root: {@code bench/opensearch.sh} (see docs/BENCHMARKS.md).
 */
public final class OpenSearchBenchmark {
  private OpenSearchBenchmark() {}

  /** Figures for one deployment. */
  record Result(String backend, long stored, double docsPerSecond, Latencies queries, double qps) {}

  public static void main(String[] args) throws IOException {
    BenchOptions o = BenchOptions.parseOrExit(args);
    if (!SourceArticles.present(o.shared)) {
      System.out.println(
          "OpenSearch benchmark skipped: "
              + o.shared.toAbsolutePath()
              + " has no corpus/masakhanews-fr");
      return;
    }
    long n = o.sizes.getFirst();
    List<AnalyzedDocument> docs = documents(SourceArticles.read(o.shared), o.seed, n);
    double loadBefore = BenchLog.load();
    List<Result> results = new ArrayList<>();
    Path work = Files.createDirectories(o.work);
    if (o.backends.contains("embedded")) {
      Path embedded = Files.createTempDirectory(work, "embedded-");
      results.add(measure("embedded", () -> LuceneIndex.open(embedded), docs));
      BenchCorpus.deleteTree(embedded);
    }
    if (o.backends.contains("one")) {
      try (LocalCluster one = LocalCluster.start(1)) {
        results.add(
            measure(
                "OpenSearch, 1 node",
                () ->
                    OpenSearchStore.open(
                        OpenSearchSettings.of(one.hosts(), "bench-").withLayout(1, 0)),
                docs));
      }
    }
    if (o.backends.contains("two")) {
      try (LocalCluster two = LocalCluster.start(2)) {
        results.add(
            measure(
                "OpenSearch, 2 nodes",
                () ->
                    OpenSearchStore.open(
                        OpenSearchSettings.of(two.hosts(), "bench-").withLayout(2, 1)),
                docs));
      }
    }
    double loadAfter = BenchLog.load();
    String machine = BenchLog.machine();
    for (Result r : results) {
      String row =
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f→%.1f | `%s` | %s | %,d | %,.0f | %.1f / %.1f ms | %.0f |",
              BenchLog.today(),
              machine,
              loadBefore,
              loadAfter,
              o.command == null ? "bench/opensearch.sh" : o.command,
              r.backend(),
              r.stored(),
              r.docsPerSecond(),
              r.queries().millis(50),
              r.queries().millis(99),
              r.qps());
      System.out.println(row);
      if (o.docs != null) {
        BenchLog.appendRow(o.docs, "opensearch", row);
      }
    }
  }

  private static List<AnalyzedDocument> documents(SourceArticles articles, long seed, long n) {
    CorpusGenerator generator = new CorpusGenerator(articles, seed);
    List<List<Entity>> entities = BenchIndex.sourceEntities(articles);
    Pipeline pipeline = Stages.named(List.of("extract", "identity"));
    List<AnalyzedDocument> docs = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      try {
        docs.add(BenchIndex.analyzed(pipeline, generator.document(i), entities));
      } catch (DocumentRejectedException e) {
        // as ingest does: not stored
      }
    }
    System.out.printf("%,d documents generated and analysed%n", docs.size());
    return docs;
  }

  static Result measure(String name, Supplier<DocumentStore> open, List<AnalyzedDocument> docs)
      throws IOException {
    try (DocumentStore store = open.get()) {
      ArchiveWriter writer = ArchiveWriter.standard(store);
      AtomicLong next = new AtomicLong();
      long start = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < Runtime.getRuntime().availableProcessors(); t++) {
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      for (long i = next.getAndIncrement();
                          i < docs.size();
                          i = next.getAndIncrement()) {
                        writer.addIfAbsent(docs.get((int) i));
                      }
                    }));
      }
      for (Thread t : threads) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      store.commit();
      double seconds = (System.nanoTime() - start) / 1e9;
      long stored = store.count();
      System.out.printf(
          Locale.ROOT,
          "%s: %,d stored in %.1f s (%,.0f documents/s)%n",
          name,
          stored,
          seconds,
          docs.size() / seconds);
      SearchBenchmark.run(store, QueryMix.of(200, 3), 1, null);
      List<QueryMix.Search> mix = QueryMix.of(1_000, 7);
      Recording profile = SearchBenchmark.PROFILE ? SearchBenchmark.startProfile() : null;
      long q = System.nanoTime();
      Latencies latencies = SearchBenchmark.run(store, mix, 1, null);
      double qps = latencies.count() / ((System.nanoTime() - q) / 1e9);
      if (profile != null) {
        Path jfr = Files.createTempFile("search-", ".jfr");
        profile.stop();
        profile.dump(jfr);
        profile.close();
        System.out.println(name + ", queries: profile " + jfr);
        Profile.print(jfr, 20);
      }
      System.out.printf(
          Locale.ROOT, "%s: queries %s (p50/p95/p99), %.0f/s%n", name, latencies.summary(), qps);
      if (store instanceof OpenSearchStore os) {
        os.dropIndex();
      }
      return new Result(name, stored, docs.size() / seconds, latencies, qps);
    }
  }
}
