package org.vigie.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.vigie.analysis.Stages;

/**
 * {@code bench/stages.sh}: runs {@link StageCosts} and {@link StoreCost} under JMH (one fork,
 * -Xmx1g), prints each stage's cost per document (difference of consecutive prefixes) and the
 * store's, and adds a row to {@code docs/BENCHMARKS.md}.
 */
public final class StageCostsMain {
  private StageCostsMain() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of("../shared");
    Path docs = Path.of("docs/BENCHMARKS.md");
    String command = "bench/stages.sh";
    for (int k = 0; k + 1 < args.length; k += 2) {
      switch (args[k]) {
        case "--shared" -> shared = Path.of(args[k + 1]);
        case "--docs" -> docs = Path.of(args[k + 1]);
        case "--command" -> command = args[k + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[k]);
      }
    }
    if (!SourceArticles.present(shared)) {
      System.out.println(
          "Stage benchmark skipped: " + shared.toAbsolutePath() + " has no corpus/masakhanews-fr");
      return;
    }
    double load = BenchLog.load();
    Options options =
        new OptionsBuilder()
            .include(StageCosts.class.getName() + ".analyze")
            .include(StoreCost.class.getName() + ".store")
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(3))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(3))
            .jvmArgsAppend(
                "-Xmx1g",
                "--enable-native-access=ALL-UNNAMED",
                "-Dvigie.shared=" + shared.toAbsolutePath())
            .build();
    Collection<RunResult> results = new Runner(options).run();

    TreeMap<Integer, double[]> prefixes = new TreeMap<>();
    double[] store = null;
    for (RunResult r : results) {
      double[] score = {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()};
      if (r.getParams().getBenchmark().endsWith(".store")) {
        store = score;
      } else {
        prefixes.put(Integer.parseInt(r.getParams().getParam("stages")), score);
      }
    }
    if (store == null || prefixes.size() != Stages.STANDARD.size()) {
      throw new IllegalStateException("JMH returned incomplete results: " + prefixes.keySet());
    }
    double total = prefixes.lastEntry().getValue()[0] + store[0];
    List<String> parts = new ArrayList<>();
    System.out.printf(Locale.ROOT, "%n%-10s %12s %8s%n", "stage", "µs/document", "share");
    double before = 0;
    for (int k = 1; k <= Stages.STANDARD.size(); k++) {
      double[] s = prefixes.get(k);
      double cost = s[0] - before;
      before = s[0];
      String name = Stages.STANDARD.get(k - 1);
      System.out.printf(
          Locale.ROOT, "%-10s %12.1f %8s%n", name, cost, BenchLog.percent(cost, total));
      parts.add(String.format(Locale.ROOT, "%s %.0f", name, cost));
    }
    System.out.printf(
        Locale.ROOT, "%-10s %12.1f %8s%n", "store", store[0], BenchLog.percent(store[0], total));
    System.out.printf(
        Locale.ROOT,
        "%-10s %12.1f µs/document → %.0f documents/s a core%n",
        "total",
        total,
        1e6 / total);
    String row =
        String.format(
            Locale.ROOT,
            "| %s | %s | %.1f | `%s` | %s | %.0f ± %.0f | %.0f | %.0f |",
            BenchLog.today(),
            BenchLog.machine(),
            load,
            command,
            String.join(", ", parts),
            store[0],
            store[1],
            total,
            1e6 / total);
    BenchLog.appendRow(docs, "stages", row);
  }
}
