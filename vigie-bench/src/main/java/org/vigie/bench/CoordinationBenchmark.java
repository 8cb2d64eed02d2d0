package org.vigie.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.vigie.analytics.coordination.CoordinationDetector;
import org.vigie.analytics.coordination.CoordinationResult;
import org.vigie.analytics.coordination.CoordinationSettings;
import org.vigie.analytics.coordination.Share;
import org.vigie.analytics.coordination.ShareLog;
import org.vigie.analytics.coordination.SimulatedShareLog;

/**
 * Coordinated-behaviour detection, side by side with a brute-force CooRTweet: on the shared share
 * logs (the Russian tweets; the German election posts with URL, hashtag and image-hash objects), at
 * 60 s and min_participation 2, same figures required; then on synthetic logs of 100 000, 1 million
 * and 10 million shares (heavy-tailed object popularity; the 10 million one with a viral object of
 * 50 000 shares within one hour), the detector alone, ns per share. Adds a row to
 * docs/BENCHMARKS.md.
 *
 * <p>Run from the repository root: {@code bench/coordination.sh} (see docs/BENCHMARKS.md).
 */
public final class CoordinationBenchmark {
  private static final CoordinationSettings SETTINGS = CoordinationSettings.of(60, 2);

  private CoordinationBenchmark() {}

  public static void main(String[] args) throws IOException {
    BenchOptions o = BenchOptions.parseOrExit(args);
    double loadBefore = BenchLog.load();
    Path dir = o.shared.resolve("eval/coordination");
    List<String> shared = new ArrayList<>();
    double sharedSeconds = 0;
    if (Files.isRegularFile(dir.resolve("russian_coord_tweets.csv"))) {
      List<BruteForceCoordination.Row> russian =
          rows(
              dir.resolve("russian_coord_tweets.csv"),
              "object_id",
              "account_id",
              "content_id",
              "timestamp_share");
      sharedSeconds += compare("russian", russian, shared);
      for (String column : List.of("url_id", "hashtag_id", "phash_id")) {
        List<BruteForceCoordination.Row> german =
            rows(dir.resolve("german_elections.csv"), column, "account_id", "post_id", "timestamp");
        sharedSeconds += compare("german " + column, german, shared);
      }
    } else {
      System.out.println("Shared share logs not found in " + dir.toAbsolutePath() + "; skipped");
    }
    List<String> synthetic = new ArrayList<>();
    long peak = 0;
    for (long n : new long[] {100_000, 1_000_000, 10_000_000}) {
      synthetic.add(synthetic(n, o.seed));
      peak = Math.max(peak, BenchLog.peakHeap());
    }
    double loadAfter = BenchLog.load();
    if (o.docs != null) {
      String row =
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f→%.1f | `%s` | %s; shared total %.2f s | %s | %s |",
              BenchLog.today(),
              BenchLog.machine(),
              loadBefore,
              loadAfter,
              o.command,
              String.join("; ", shared),
              sharedSeconds,
              String.join("; ", synthetic),
              BenchLog.mib(peak));
      BenchLog.appendRow(o.docs, "coordination", row);
    }
  }

  /** Vigie and the brute force on one log; answers Vigie's best time (s) of three runs. */
  private static double compare(
      String name, List<BruteForceCoordination.Row> rows, List<String> out) {
    ShareLog log = new ShareLog();
    rows.forEach(r -> log.add(Share.of(r.account(), r.object(), r.content(), r.time())));
    CoordinationResult result = null;
    double best = Double.MAX_VALUE;
    for (int k = 0; k < 3; k++) {
      long start = System.nanoTime();
      result = new CoordinationDetector(SETTINGS).detect(log);
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    long start = System.nanoTime();
    BruteForceCoordination.Counts brute =
        BruteForceCoordination.detect(rows, SETTINGS.window(), SETTINGS.minParticipation());
    double bruteSeconds = (System.nanoTime() - start) / 1e9;
    boolean same =
        brute.pairs() == result.sharePairs()
            && brute.edges() == result.edgeCount()
            && brute.accounts() == result.accountCount();
    String line =
        String.format(
            Locale.ROOT,
            "%s %,d rows: %,d pairs, %,d edges, %,d accounts, Vigie %.3f s vs brute force %.2f s%s",
            name,
            rows.size(),
            result.sharePairs(),
            result.edgeCount(),
            result.accountCount(),
            best,
            bruteSeconds,
            same ? "" : " (DIFFERENT: brute force " + brute + ")");
    System.out.println(line);
    out.add(line);
    return best;
  }

  /** The detector on a synthetic log of {@code n} shares; one line of figures. */
  private static String synthetic(long n, long seed) {
    int viral = n >= 10_000_000 ? 50_000 : 0;
    SimulatedShareLog sim =
        new SimulatedShareLog(
            (int) (n / 20),
            (int) (n / 5),
            n,
            86_400L * 365 * n / 10_000_000,
            0,
            0,
            0,
            0,
            0,
            viral,
            0.2);
    ShareLog log = sim.generate(seed).log();
    BenchLog.resetPeakHeap();
    long start = System.nanoTime();
    CoordinationResult r = new CoordinationDetector(SETTINGS).detect(log);
    double seconds = (System.nanoTime() - start) / 1e9;
    String line =
        String.format(
            Locale.ROOT,
            "%,d shares%s: %.2f s, %.0f ns/share, %,d pairs, %,d edges",
            log.size(),
            viral > 0 ? " (viral 50,000 in 1 h)" : "",
            seconds,
            seconds * 1e9 / log.size(),
            r.sharePairs(),
            r.edgeCount());
    System.out.println(line + ", heap peak " + BenchLog.mib(BenchLog.peakHeap()));
    return line;
  }

  private static List<BruteForceCoordination.Row> rows(
      Path file, String object, String account, String content, String time) throws IOException {
    List<BruteForceCoordination.Row> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String o = r.get(object);
        if (!o.isEmpty() && !o.equals("NA")) {
          rows.add(
              new BruteForceCoordination.Row(
                  o, r.get(account), r.get(content), Long.parseLong(r.get(time))));
        }
      }
    }
    return rows;
  }
}
