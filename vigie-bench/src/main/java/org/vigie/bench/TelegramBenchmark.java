package org.vigie.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.analysis.Stages;
import org.vigie.archive.Archive;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.TelegramExport;

/**
 * A Telegram export far larger than the heap: generates a channel's {@code result.json} of {@code
 * --mb} megabytes (2048 by default) from real articles ({@link TelegramExportGenerator}), then
 * ingests it through the standard pipeline into a fresh archive, as {@code vigie ingest --format
 * telegram} does. The script runs it with {@code -Xmx512m}: finishing at all shows the reader
 * streams. Reports messages/s, MB/s, the heap pools' peak and the largest heap left after a
 * collection (from the GC log), and adds a row to docs/BENCHMARKS.md.
 *
 * <p>Run from the repository root: {@code bench/telegram.sh} (see docs/BENCHMARKS.md).
 */
public final class TelegramBenchmark {
  private static final long MB = 1024 * 1024;

  private TelegramBenchmark() {}

  public static void main(String[] args) throws IOException {
    BenchOptions o = BenchOptions.parseOrExit(args);
    SourceArticles articles;
    String from;
    if (SourceArticles.present(o.shared)) {
      articles = SourceArticles.read(o.shared);
      from = "MasakhaNEWS fr";
    } else {
      articles = SourceArticles.seeds(Path.of("samples/seeds"));
      from = "the seeds";
    }
    Path export = o.work.resolve("telegram-" + o.megabytes + "mb-seed-" + o.seed + "/result.json");
    long messages = ensure(export, articles, o);
    long bytes = Files.size(export);
    double loadBefore = BenchLog.load();
    Path data = o.work.resolve("telegram-archive");
    BenchCorpus.deleteTree(data);
    BenchLog.resetPeakHeap();
    long cpu = BenchLog.processCpuNanos();
    long start = System.nanoTime();
    AtomicLong read = new AtomicLong();
    IngestReport report;
    try (Archive archive = Archive.open(data)) {
      Ingester ingester =
          new Ingester(
              Stages.standard(),
              archive.writer(),
              Runtime.getRuntime().availableProcessors(),
              2_000);
      ExportCollector collector =
          new ExportCollector(
              PlatformFormat.TELEGRAM,
              new TelegramExport(),
              List.of(export),
              "bench:telegram",
              Clock.systemUTC());
      Progress progress = new Progress(start, bytes);
      report =
          ingester.ingest(
              collector,
              p -> {
                read.set(p.bytesDone());
                progress.show(p.bytesDone(), p.added(), p.failed());
              });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (BenchLog.processCpuNanos() - cpu) / 1e9;
    long peak = BenchLog.peakHeap();
    double loadAfter = BenchLog.load();
    long posts = report.added() + report.duplicates() + report.failed();
    boolean finished = read.get() == bytes;
    GcFigures gc = o.gcLog == null ? null : GcFigures.read(o.gcLog);
    String summary =
        String.format(
            Locale.ROOT,
            "%,d MB export (%,d messages from %s): %,d posts in %.0f s, %,.0f messages/s,"
                + " %.2f MB/s, CPU %.0f s; %,d added, %,d failed; heap pools' peak %s, max"
                + " heap %s; %s",
            bytes / MB,
            messages,
            from,
            posts,
            seconds,
            messages / seconds,
            bytes / (double) MB / seconds,
            cpuSeconds,
            report.added(),
            report.failed(),
            BenchLog.mib(peak),
            BenchLog.mib(Runtime.getRuntime().maxMemory()),
            finished ? "finished, whole file read" : "NOT finished: read " + read.get() + " bytes");
    System.out.println(summary);
    if (gc != null) {
      System.out.println(gc);
    }
    if (o.docs != null) {
      String row =
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f→%.1f | `%s` | %,d MB, %,d messages | %.0f s | %,.0f | %.2f | %s | %s | %s |",
              BenchLog.today(),
              BenchLog.machine(),
              loadBefore,
              loadAfter,
              o.command,
              bytes / MB,
              messages,
              seconds,
              messages / seconds,
              bytes / (double) MB / seconds,
              BenchLog.mib(peak),
              gc == null ? "—" : gc.maxAfterMb() + " MiB after GC, " + gc.collections() + " GCs",
              finished ? "yes" : "no");
      BenchLog.appendRow(o.docs, "telegram", row);
    }
    if (!o.keep) {
      BenchCorpus.deleteTree(data);
      BenchCorpus.deleteTree(export.getParent());
    }
  }

  /** The export, generated unless a complete one of this size and seed is already there. */
  private static long ensure(Path export, SourceArticles articles, BenchOptions o)
      throws IOException {
    Path done = export.resolveSibling("messages.count");
    if (Files.isRegularFile(done) && Files.isRegularFile(export)) {
      return Long.parseLong(Files.readString(done).strip());
    }
    long start = System.nanoTime();
    long messages = new TelegramExportGenerator(articles, o.seed).write(export, o.megabytes * MB);
    Files.writeString(done, Long.toString(messages));
    System.out.printf(
        Locale.ROOT,
        "Generated %s: %,d messages, %,d MB in %.0f s%n",
        export,
        messages,
        Files.size(export) / MB,
        (System.nanoTime() - start) / 1e9);
    return messages;
  }

  /** Prints where the ingest stands every 30 seconds. */
  private static final class Progress {
    private final long start;
    private final long total;
    private long last;

    Progress(long start, long total) {
      this.start = start;
      this.total = total;
      this.last = start;
    }

    synchronized void show(long bytes, long added, long failed) {
      long now = System.nanoTime();
      if (now - last < 30_000_000_000L) {
        return;
      }
      last = now;
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
      System.out.printf(
          Locale.ROOT,
          "  %5.0f s: %,d / %,d MB read, %,d posts added, %,d failed, heap in use %d MiB%n",
          (now - start) / 1e9,
          bytes / MB,
          total / MB,
          added,
          failed,
          used);
    }
  }

  /** The largest heap before and after a collection, and how many there were, from -Xlog:gc. */
  record GcFigures(long maxBeforeMb, long maxAfterMb, long collections) {
    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    static GcFigures read(Path log) throws IOException {
      if (!Files.isRegularFile(log)) {
        return null;
      }
      long before = 0;
      long after = 0;
      long count = 0;
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        Matcher m = PAUSE.matcher(line);
        if (m.find()) {
          before = Math.max(before, Long.parseLong(m.group(1)));
          after = Math.max(after, Long.parseLong(m.group(2)));
          count++;
        }
      }
      return new GcFigures(before, after, count);
    }

    @Override
    public String toString() {
      return "GC log: "
          + collections
          + " collections, heap at most "
          + maxBeforeMb
          + " MiB before one and "
          + maxAfterMb
          + " MiB after one";
    }
  }
}
