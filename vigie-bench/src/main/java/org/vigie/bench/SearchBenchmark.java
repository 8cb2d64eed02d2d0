package org.vigie.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.vigie.archive.Archive;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.store.DocumentStore;

/**
 * Search on archives of generated documents ({@link BenchIndex}): latency percentiles and
 * throughput of a realistic query mix ({@link QueryMix}, every query with the default facets and
 * highlighted snippets) at 1 and 8 concurrent clients calling the store in process; the index size
 * on disk; and the time the packaged server takes, on that archive, from process start to {@code
 * /health} answering.
 *
 * <p>Run from the repository root: {@code bench/search.sh} (see docs/BENCHMARKS.md).
 */
public final class SearchBenchmark {
  static final double TARGET_P99_MILLIS = 50;
  static final double TARGET_READY_SECONDS = 3;
  private static final int PAGE_SIZE = 10;
  private static final long PHASE_NANOS = 60_000_000_000L;

  /** Figures for one archive size. */
  record Result(
      long documents,
      long stored,
      double buildSeconds,
      long indexBytes,
      Latencies oneClient,
      double oneClientQps,
      Map<String, Latencies> byKind,
      Latencies eightClients,
      double eightClientsQps,
      List<Double> readySeconds) {}

  public static void main(String[] args) throws IOException {
    BenchOptions o = BenchOptions.parseOrExit(args);
    if (!SourceArticles.present(o.shared)) {
      System.out.println(
          "Search benchmark skipped: "
              + o.shared.toAbsolutePath()
              + " has no corpus/masakhanews-fr");
      return;
    }
    Path jar = ServerProcess.jar(Path.of(""));
    SourceArticles articles = SourceArticles.read(o.shared);
    double loadBefore = BenchLog.load();
    List<Result> results = new ArrayList<>();
    for (long n : o.sizes) {
      results.add(measure(BenchIndex.ensure(articles, o.seed, n, o.work), jar));
    }
    double loadAfter = BenchLog.load();
    report(o, results, loadBefore, loadAfter);
    if (!o.keep) {
      for (long n : o.sizes) {
        BenchCorpus.deleteTree(o.work.resolve("index-" + n + "-seed-" + o.seed));
      }
    }
  }

  /** {@code -Dvigie.bench.profile=true}: a Flight Recorder profile of the one-client phase. */
  static final boolean PROFILE = Boolean.getBoolean("vigie.bench.profile");

  static Recording startProfile() throws IOException {
    try {
      Recording r = new Recording(Configuration.getConfiguration("profile"));
      r.start();
      return r;
    } catch (ParseException e) {
      throw new IOException("cannot read the JFR 'profile' settings", e);
    }
  }

  static Result measure(BenchIndex.Built built, Path jar) throws IOException {
    List<QueryMix.Search> mix = QueryMix.of(2_000, 7);
    Latencies one;
    double oneQps;
    Map<String, Latencies> byKind = new LinkedHashMap<>();
    Latencies eight;
    double eightQps;
    long stored;
    try (Archive archive = Archive.open(built.folder())) {
      DocumentStore store = archive.store();
      stored = store.count();
      System.out.printf("%nArchive of %,d documents: %s%n", store.count(), built.folder());
      run(store, QueryMix.of(300, 3), 1, null);
      Recording profile = PROFILE ? startProfile() : null;
      long start = System.nanoTime();
      one = run(store, mix.subList(0, 1_000), 1, byKind);
      oneQps = one.count() / ((System.nanoTime() - start) / 1e9);
      if (profile != null) {
        Path jfr = built.folder().resolveSibling("search-" + built.documents() + ".jfr");
        profile.stop();
        profile.dump(jfr);
        profile.close();
        Profile.print(jfr, 20);
      }
      start = System.nanoTime();
      eight = run(store, mix, 8, null);
      eightQps = eight.count() / ((System.nanoTime() - start) / 1e9);
      System.out.printf(
          Locale.ROOT,
          "  1 client: %s (p50/p95/p99), %.0f queries/s; 8 clients: %s, %.0f queries/s%n",
          one.summary(),
          oneQps,
          eight.summary(),
          eightQps);
    }
    List<Double> ready = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      try (ServerProcess server = ServerProcess.start(jar, built.folder())) {
        ready.add(server.readySeconds());
      }
    }
    System.out.printf(Locale.ROOT, "  server ready in %s s%n", ready);
    long bytes = BenchCorpus.sizeOnDisk(built.folder().resolve("index"));
    return new Result(
        built.documents(),
        stored,
        built.seconds(),
        bytes,
        one,
        oneQps,
        byKind,
        eight,
        eightQps,
        ready);
  }

  /**
   * Runs the searches from {@code clients} threads, each taking the next search of the list, for at
   * most {@link #PHASE_NANOS}; records each one's latency (and by kind when asked).
   */
  static Latencies run(
      DocumentStore store,
      List<QueryMix.Search> searches,
      int clients,
      Map<String, Latencies> byKind) {
    long[] nanos = new long[searches.size()];
    AtomicInteger next = new AtomicInteger();
    long deadline = System.nanoTime() + PHASE_NANOS;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < searches.size() && System.nanoTime() < deadline;
                        i = next.getAndIncrement()) {
                      long t = System.nanoTime();
                      store.search(request(searches.get(i)));
                      nanos[i] = System.nanoTime() - t;
                    }
                  }));
    }
    join(threads);
    int done = 0;
    while (done < nanos.length && nanos[done] > 0) {
      done++;
    }
    if (byKind != null) {
      for (String kind : QueryMix.KINDS) {
        long[] of = new long[done];
        int k = 0;
        for (int i = 0; i < done; i++) {
          if (searches.get(i).kind().equals(kind)) {
            of[k++] = nanos[i];
          }
        }
        byKind.put(kind, Latencies.of(of, k));
      }
    }
    return Latencies.of(nanos, done);
  }

  static SearchRequest request(QueryMix.Search s) {
    return SearchRequest.matching(QueryParser.parse(s.text()))
        .page((s.page() - 1) * PAGE_SIZE, PAGE_SIZE)
        .withFacets(SearchFields.DEFAULT_FACETS)
        .highlighted(true);
  }

  private static void join(List<Thread> threads) {
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  private static void report(
      BenchOptions o, List<Result> results, double loadBefore, double loadAfter)
      throws IOException {
    String machine = BenchLog.machine();
    System.out.printf(
        Locale.ROOT,
        "%nSearch benchmark, %s; %s; load %.2f before, %.2f after%n%n",
        BenchLog.today(),
        machine,
        loadBefore,
        loadAfter);
    System.out.println(
        "| documents | index on disk | built in | 1 client p50 / p95 / p99 | 1 client queries/s |"
            + " 8 clients p50 / p95 / p99 | 8 clients queries/s | server ready (3 starts) |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %.0f | %s | %.0f | %s |%n",
          documents(r),
          BenchLog.mib(r.indexBytes()),
          r.buildSeconds() > 0 ? String.format(Locale.ROOT, "%.0f s", r.buildSeconds()) : "(kept)",
          r.oneClient().summary(),
          r.oneClientQps(),
          r.eightClients().summary(),
          r.eightClientsQps(),
          seconds(r.readySeconds()));
    }
    Result last = results.getLast();
    System.out.printf(
        Locale.ROOT,
        "%n| kind of search (%,d documents, 1 client) | count | p50 / p95 / p99 |%n|---|---|---|%n",
        last.documents());
    last.byKind()
        .forEach(
            (kind, l) ->
                System.out.printf(Locale.ROOT, "| %s | %d | %s |%n", kind, l.count(), l.summary()));
    double p99 = last.oneClient().millis(99);
    double ready = last.readySeconds().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    System.out.println();
    System.out.println(
        (p99 <= TARGET_P99_MILLIS ? "MET    " : "MISSED ")
            + String.format(
                Locale.ROOT,
                "p99 ≤ 50 ms at one client, facets and highlights, %,d documents: %.1f ms (%.1f× the target)",
                last.documents(),
                p99,
                p99 / TARGET_P99_MILLIS));
    System.out.println(
        (ready <= TARGET_READY_SECONDS ? "MET    " : "MISSED ")
            + String.format(
                Locale.ROOT,
                "server ready ≤ 3 s on %,d documents: slowest of 3 starts %.2f s",
                last.documents(),
                ready));
    if (o.docs != null) {
      for (Result r : results) {
        BenchLog.appendRow(
            o.docs,
            "search",
            String.format(
                Locale.ROOT,
                "| %s | %s | %.1f→%.1f | `%s` | %s | %s | %s | %.0f | %s | %.0f | %s |",
                BenchLog.today(),
                machine,
                loadBefore,
                loadAfter,
                o.command,
                documents(r),
                BenchLog.mib(r.indexBytes()),
                r.oneClient().summary(),
                r.oneClientQps(),
                r.eightClients().summary(),
                r.eightClientsQps(),
                seconds(r.readySeconds())));
      }
    }
  }

  /** Generated and stored: extraction drops the syndication lines, so copies become duplicates. */
  private static String documents(Result r) {
    return String.format(Locale.ROOT, "%,d (%,d stored)", r.documents(), r.stored());
  }

  private static String seconds(List<Double> values) {
    return String.join(
        ", ", values.stream().map(v -> String.format(Locale.ROOT, "%.2f s", v)).toList());
  }
}
