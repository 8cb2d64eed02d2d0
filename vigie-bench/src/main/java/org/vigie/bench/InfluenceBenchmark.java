package org.vigie.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.vigie.analytics.influence.GraphKind;
import org.vigie.analytics.influence.InfluenceGraph;
import org.vigie.analytics.influence.InfluenceJob;
import org.vigie.analytics.influence.InfluenceParams;
import org.vigie.analytics.influence.InfluenceResult;

/**
 * The influence job over a generated heavy-tailed graph (1 000 000 relations between 100 000
 * accounts: uniform sources, targets drawn as n·u³ so a few accounts get most relations), then
 * JGraphT's own PageRank on the same graph as the baseline, with the largest score difference. Run
 * by {@code bench/influence.sh} with {@code -Xmx1g}; adds a row to docs/BENCHMARKS.md.
 */
public final class InfluenceBenchmark {
  private InfluenceBenchmark() {}

  public static void main(String[] args) throws IOException {
    BenchOptions o = BenchOptions.parseOrExit(args);
    int accounts = 100_000;
    int relations = 1_000_000;
    double loadBefore = BenchLog.load();
    SplittableRandom random = new SplittableRandom(o.seed);
    String[] keys = new String[accounts];
    Arrays.setAll(keys, i -> "x:" + i);
    int[] from = new int[relations];
    int[] to = new int[relations];
    double[] w = new double[relations];
    for (int i = 0; i < relations; i++) {
      from[i] = random.nextInt(accounts);
      to[i] = (int) (accounts * Math.pow(random.nextDouble(), 3));
      w[i] = 1;
    }
    BenchLog.resetPeakHeap();
    long start = System.nanoTime();
    InfluenceGraph g = InfluenceGraph.of(keys, from, to, w, relations);
    InfluenceParams params =
        InfluenceParams.defaults(GraphKind.AMPLIFICATION).withTolerance(1e-9, 100);
    InfluenceResult r = InfluenceJob.run(g, java.util.Map.of(), params);
    double jobSeconds = (System.nanoTime() - start) / 1e9;
    long jobPeak = BenchLog.peakHeap();

    long jStart = System.nanoTime();
    Graph<Integer, DefaultWeightedEdge> j =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < accounts; v++) {
      j.addVertex(v);
    }
    g.forEachEdge((u, v, weight) -> j.setEdgeWeight(j.addEdge(u, v), weight));
    double buildSeconds = (System.nanoTime() - jStart) / 1e9;
    long prStart = System.nanoTime();
    var scores = new PageRank<>(j, 0.85, 100, 1e-9).getScores();
    double prSeconds = (System.nanoTime() - prStart) / 1e9;
    double maxDiff = 0;
    for (var a : r.accounts()) {
      maxDiff = Math.max(maxDiff, Math.abs(a.pageRank() - scores.get(a.node())));
    }
    String summary =
        String.format(
            Locale.ROOT,
            "%,d relations (%,d distinct pairs) between %,d accounts: influence job %.1f s"
                + " (PageRank %d it., HITS %d it., %d communities), heap peak %s; JGraphT"
                + " PageRank %.1f s + %.1f s to build its graph; max |Δ PageRank| %.1e",
            relations,
            g.edgeCount(),
            accounts,
            jobSeconds,
            r.pageRankIterations(),
            r.hitsIterations(),
            r.communities(),
            BenchLog.mib(jobPeak),
            prSeconds,
            buildSeconds,
            maxDiff);
    System.out.println(summary);
    if (o.docs != null) {
      String row =
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f→%.1f | `%s` | %,d relations, %,d accounts | %.1f s | %s | %.1f s"
                  + " (+%.1f s graph build) | %.1e |",
              BenchLog.today(),
              BenchLog.machine(),
              loadBefore,
              BenchLog.load(),
              o.command,
              relations,
              accounts,
              jobSeconds,
              BenchLog.mib(jobPeak),
              prSeconds,
              buildSeconds,
              maxDiff);
      BenchLog.appendRow(o.docs, "influence", row);
    }
  }
}
