package org.vigie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.analysis.Stages;
import org.vigie.analysis.harm.HarmStage;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.archive.Archive;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.DocumentSink;
import org.vigie.collect.FileCollector;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * End-to-end ingest: generated JSON Lines corpora read by the {@link FileCollector}, analysed by
 * the {@link Ingester}'s workers (one per core) and stored in a fresh {@link Archive}, as {@code
 * vigie ingest} does. Measures documents/s, MB/s and peak heap at several corpus sizes (the cost
 * per document must not grow with the archive), then the same on the smallest size with stages
 * switched off, to show where the time goes.
 *
 * <p>Run from the repository root: {@code bench/ingest.sh} (see docs/BENCHMARKS.md).
 */
public final class IngestBenchmark {
  static final double TARGET_DOCS_PER_SECOND = 1_000;
  static final double TARGET_SCALING = 1.20;
  static final long TARGET_HEAP = 1L << 30;

  /** One timed ingest. */
  record Run(
      String label,
      long documents,
      long added,
      long failed,
      long bytes,
      double seconds,
      double cpuSeconds,
      long peakHeap,
      double[] decileCpuMicros) {
    double docsPerSecond() {
      return documents / seconds;
    }

    /**
     * What the run would reach with every core to itself: documents over CPU time per core. The
     * machine is shared, so wall-clock figures depend on the neighbours' load; CPU time much less.
     */
    double docsPerCpuSecondPerCore() {
      return documents / (cpuSeconds / Runtime.getRuntime().availableProcessors());
    }

    double cpuMicrosPerDocument() {
      return cpuSeconds * 1e6 / documents;
    }

    double microsPerDocument() {
      return seconds * 1e6 / documents;
    }
  }

  private final Path work;
  private final CorpusGenerator generator;
  private final long seed;

  IngestBenchmark(Path work, CorpusGenerator generator, long seed) {
    this.work = work;
    this.generator = generator;
    this.seed = seed;
  }

  public static void main(String[] args) throws IOException {
    BenchOptions o = BenchOptions.parseOrExit(args);
    if (!SourceArticles.present(o.shared)) {
      System.out.println(
          "Ingest benchmark skipped: "
              + o.shared.toAbsolutePath()
              + " has no corpus/masakhanews-fr");
      return;
    }
    CorpusGenerator generator = new CorpusGenerator(SourceArticles.read(o.shared), o.seed);
    IngestBenchmark bench = new IngestBenchmark(o.work, generator, o.seed);
    double loadBefore = BenchLog.load();
    bench.warmUp(o.sizes.getFirst());
    List<Run> sizes = new ArrayList<>();
    for (long n : o.sizes) {
      sizes.add(bench.ingest("all stages", Stages.STANDARD, n));
    }
    List<Run> stages = o.breakdown ? bench.breakdown(o.sizes.getFirst()) : List.of();
    double loadAfter = BenchLog.load();
    report(o, sizes, stages, loadBefore, loadAfter);
    if (o.gcLog != null && Files.isRegularFile(o.gcLog)) {
      gcSummary(o.gcLog);
    }
    if (!o.keep) {
      for (long n : o.sizes) {
        BenchCorpus.delete(o.work.resolve("corpus-" + n + "-seed-" + o.seed));
      }
    }
  }

  /**
   * Compiles the hot paths first, by ingesting the smallest corpus once untimed: after a shorter
   * warm-up the JIT compiler threads still add a third to the first timed run's CPU time.
   */
  void warmUp(long n) throws IOException {
    ingest("warm-up", Stages.STANDARD, n);
  }

  Run ingest(String label, List<String> stageNames, long n) throws IOException {
    return ingest(label, stageNames, BenchCorpus.ensure(generator, seed, n, work), n);
  }

  private Run ingest(String label, List<String> stageNames, Path corpus, long n)
      throws IOException {
    Path data = work.resolve("archive");
    BenchCorpus.deleteTree(data);
    Pipeline pipeline = Stages.named(stageNames);
    BenchLog.resetPeakHeap();
    long cpu = BenchLog.processCpuNanos();
    long start = System.nanoTime();
    IngestReport report;
    Deciles deciles = new Deciles(n);
    try (Archive archive = Archive.open(data)) {
      Ingester ingester =
          new Ingester(
              pipeline, archive.writer(), Runtime.getRuntime().availableProcessors(), 2_000);
      FileCollector collector = new FileCollector("bench", Clock.systemUTC());
      report =
          ingester.ingest(
              (sink, read) -> collector.collect(List.of(corpus), deciles.counting(sink), read),
              p -> {});
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (BenchLog.processCpuNanos() - cpu) / 1e9;
    Run run =
        new Run(
            label + " (" + String.join(", ", stageNames) + ")",
            n,
            report.added(),
            report.failed(),
            BenchCorpus.bytes(corpus),
            seconds,
            cpuSeconds,
            BenchLog.peakHeap(),
            deciles.cpuMicrosPerDocument(cpu + (long) (cpuSeconds * 1e9)));
    BenchCorpus.deleteTree(data);
    System.out.printf(
        Locale.ROOT,
        "%-60s %,9d docs %7.1f s %,7.0f docs/s, CPU %6.0f µs/doc, peak heap %s, %d added, %d failed%n",
        run.label(),
        n,
        seconds,
        run.docsPerSecond(),
        run.cpuMicrosPerDocument(),
        BenchLog.mib(run.peakHeap()),
        report.added(),
        report.failed());
    return run;
  }

  /** Reading alone: the collector into a sink that only counts. */
  Run readOnly(long n) throws IOException {
    Path corpus = BenchCorpus.ensure(generator, seed, n, work);
    AtomicLong docs = new AtomicLong();
    long cpu = BenchLog.processCpuNanos();
    long start = System.nanoTime();
    new FileCollector("bench", Clock.systemUTC())
        .collect(
            List.of(corpus),
            new DocumentSink() {
              @Override
              public void accept(RawDocument document) {
                docs.incrementAndGet();
              }

              @Override
              public void reject(IngestError error) {}
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (BenchLog.processCpuNanos() - cpu) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-60s %,9d docs %7.1f s, CPU %.1f s%n",
        "read only (collector)",
        docs.get(),
        seconds,
        cpuSeconds);
    return new Run(
        "read only", n, 0, 0, BenchCorpus.bytes(corpus), seconds, cpuSeconds, 0, new double[0]);
  }

  /**
   * The full pipeline, then without each optional stage. {@code extract} and {@code identity} give
   * every document its text and id, so they always run; {@code entities} only reads French
   * documents, so without {@code language} it does nothing and the two go together.
   */
  List<Run> breakdown(long n) throws IOException {
    List<Run> runs = new ArrayList<>();
    runs.add(ingest("all stages", Stages.STANDARD, n));
    runs.add(ingest("without entities", without(List.of("entities")), n));
    runs.add(
        ingest("without language (and entities)", without(List.of("language", "entities")), n));
    runs.add(ingest("without dates", without(List.of("dates")), n));
    runs.add(ingest("without figures", without(List.of("figures")), n));
    runs.add(ingest("extract and identity only", List.of("extract", "identity"), n));
    runs.add(readOnly(n));
    runs.add(ingest("without harm", without(List.of(HarmStage.NAME)), n));
    return runs;
  }

  private static List<String> without(List<String> off) {
    return Stages.STANDARD.stream().filter(s -> !off.contains(s)).toList();
  }

  private static void report(
      BenchOptions o, List<Run> sizes, List<Run> stages, double loadBefore, double loadAfter)
      throws IOException {
    String machine = BenchLog.machine();
    System.out.printf(
        Locale.ROOT,
        "%nIngest benchmark, %s; %s; load %.2f before, %.2f after%n%n",
        BenchLog.today(),
        machine,
        loadBefore,
        loadAfter);
    System.out.println(
        "| documents | seconds | documents/s | MB/s (JSON) | CPU µs/document | documents/s, cores"
            + " to itself (CPU) | peak heap |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Run r : sizes) {
      System.out.printf(
          Locale.ROOT,
          "| %,d | %.1f | %,.0f | %.2f | %,.0f | %,.0f | %s |%n",
          r.documents(),
          r.seconds(),
          r.docsPerSecond(),
          r.bytes() / 1e6 / r.seconds(),
          r.cpuMicrosPerDocument(),
          r.docsPerCpuSecondPerCore(),
          BenchLog.mib(r.peakHeap()));
    }
    Run first = sizes.getFirst();
    Run last = sizes.getLast();
    // The archive's growth, not the JIT's warming: the last tenth of the largest run against the
    // smallest size run again once everything is compiled (the breakdown's first run).
    Run reference = stages.isEmpty() ? first : stages.getFirst();
    double[] tenths = last.decileCpuMicros();
    double ratio = tenths[9] / reference.cpuMicrosPerDocument();
    double wholeRatio = last.cpuMicrosPerDocument() / first.cpuMicrosPerDocument();
    System.out.printf(
        Locale.ROOT,
        "%nCPU µs per document by tenth of the %,d-document run: %s%n",
        last.documents(),
        String.join(
            ", ",
            Arrays.stream(tenths).mapToObj(t -> String.format(Locale.ROOT, "%.0f", t)).toList()));
    long peak = sizes.stream().mapToLong(Run::peakHeap).max().orElse(0);
    // the target is on the clock; the CPU figure says what a machine to itself would do
    double best = last.docsPerSecond();
    System.out.println();
    System.out.println(
        verdict(
            "throughput ≥ 1 000 docs/s, all stages",
            best >= TARGET_DOCS_PER_SECOND,
            String.format(
                Locale.ROOT,
                "%,.0f docs/s measured, %,.0f with the cores to itself (CPU time), at %,d"
                    + " documents: %.0f %% of the target",
                last.docsPerSecond(),
                last.docsPerCpuSecondPerCore(),
                last.documents(),
                100 * best / TARGET_DOCS_PER_SECOND)));
    System.out.println(
        verdict(
            "cost per document within 20 %",
            ratio <= TARGET_SCALING,
            String.format(
                Locale.ROOT,
                "CPU per document in the last tenth of %,d documents vs a warm run of %,d:"
                    + " ×%.2f (whole runs, the first one less warm: ×%.2f)",
                last.documents(),
                reference.documents(),
                ratio,
                wholeRatio)));
    System.out.println(verdict("heap ≤ 1 GB", peak <= TARGET_HEAP, "peak " + BenchLog.mib(peak)));
    if (!stages.isEmpty()) {
      Run all = stages.get(0);
      Run withoutHarm = stages.get(7);
      double loss = 1 - all.docsPerCpuSecondPerCore() / withoutHarm.docsPerCpuSecondPerCore();
      System.out.println(
          verdict(
              "the harm stage costs ≤ 10 % of documents/s",
              loss <= 0.10,
              String.format(
                  Locale.ROOT,
                  "%,.0f docs/s (CPU) with it, %,.0f without, side by side: %.1f %% fewer",
                  all.docsPerCpuSecondPerCore(),
                  withoutHarm.docsPerCpuSecondPerCore(),
                  100 * loss)));
      stageTable(stages);
    }
    if (o.docs != null) {
      String row =
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f→%.1f | `%s` | %s | %.2f | ×%.2f | %s | %s |",
              BenchLog.today(),
              machine,
              loadBefore,
              loadAfter,
              o.command,
              String.join("; ", sizes.stream().map(IngestBenchmark::speeds).toList()),
              last.bytes() / 1e6 / last.seconds(),
              ratio,
              BenchLog.mib(peak),
              stages.isEmpty() ? "—" : shares(stages));
      BenchLog.appendRow(o.docs, "ingest", row);
    }
  }

  private static String speeds(Run r) {
    return String.format(
        Locale.ROOT,
        "%,d: %,.0f docs/s (%,.0f CPU)",
        r.documents(),
        r.docsPerSecond(),
        r.docsPerCpuSecondPerCore());
  }

  private static String verdict(String target, boolean met, String figure) {
    return (met ? "MET    " : "MISSED ") + target + ": " + figure;
  }

  /**
   * Each stage's share: the CPU time it saves when switched off, over the full pipeline's CPU time
   * (CPU rather than wall clock, because the machine is shared).
   */
  private static void stageTable(List<Run> runs) {
    System.out.printf(
        Locale.ROOT,
        "%n| stage (%,d documents) | CPU seconds saved when off | share of the CPU time |%n"
            + "|---|---|---|%n",
        runs.get(0).documents());
    double all = runs.get(0).cpuSeconds();
    for (var share : shareList(runs).entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %s |%n",
          share.getKey(),
          share.getValue(),
          BenchLog.percent(share.getValue(), all));
    }
  }

  private static Map<String, Double> shareList(List<Run> runs) {
    double all = runs.get(0).cpuSeconds();
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("entities", all - runs.get(1).cpuSeconds());
    shares.put("language", runs.get(1).cpuSeconds() - runs.get(2).cpuSeconds());
    shares.put("dates", all - runs.get(3).cpuSeconds());
    shares.put("figures", all - runs.get(4).cpuSeconds());
    shares.put("harm", all - runs.get(7).cpuSeconds());
    shares.put(
        "extract, identity, index, commit", runs.get(5).cpuSeconds() - runs.get(6).cpuSeconds());
    shares.put("reading and parsing JSONL", runs.get(6).cpuSeconds());
    return shares;
  }

  private static String shares(List<Run> runs) {
    double all = runs.get(0).cpuSeconds();
    return String.join(
        ", ",
        shareList(runs).entrySet().stream()
            .map(e -> e.getKey() + " " + BenchLog.percent(e.getValue(), all))
            .toList());
  }

  /**
   * Pauses and heap before/after collections, from a {@code -Xlog:gc} file; with the parallel
   * collector, also the heap after its full collections: the live data, where the heap after a
   * young collection still holds the old generation's garbage.
   */
  static void gcSummary(Path log) throws IOException {
    Pattern pause = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\) ([\\d.]+)ms");
    long maxBefore = 0, maxAfter = 0, maxAfterFull = -1, count = 0, full = 0;
    double total = 0, longest = 0;
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Matcher m = pause.matcher(line);
      if (m.find()) {
        maxBefore = Math.max(maxBefore, Long.parseLong(m.group(1)));
        maxAfter = Math.max(maxAfter, Long.parseLong(m.group(2)));
        if (line.contains("Pause Full")) {
          maxAfterFull = Math.max(maxAfterFull, Long.parseLong(m.group(2)));
          full++;
        }
        double ms = Double.parseDouble(m.group(4));
        total += ms;
        longest = Math.max(longest, ms);
        count++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nGC log (%s, whole run): %d pauses, %.1f s in all, longest %.0f ms; heap at most %d MiB"
            + " before a collection, %d MiB after%s%n",
        log,
        count,
        total / 1000,
        longest,
        maxBefore,
        maxAfter,
        full == 0
            ? ""
            : String.format(
                Locale.ROOT,
                "; %d full collections, at most %d MiB after one",
                full,
                maxAfterFull));
  }
}
