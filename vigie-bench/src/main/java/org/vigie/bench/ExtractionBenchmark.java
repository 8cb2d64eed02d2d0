package org.vigie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.vigie.analysis.extract.ExtractionScore;
import org.vigie.analysis.extract.HtmlExtractor;
import org.vigie.analysis.extract.TextDecoder;

/**
 * Article-body extraction on the Article Extraction Benchmark (AEB: 181 real pages with gold
 * bodies), Vigie's {@link HtmlExtractor} side by side with Readability4J (a Kotlin port of
 * Mozilla's readability.js) and the "full page as text" baseline, in one run: precision, recall and
 * F1 with the benchmark's own metric ({@link ExtractionScore}), then speed on one thread (pages/s
 * and MB/s of HTML, median of timed passes after warm-up passes) and the heap's peak during those
 * passes.
 *
 * <p>Every tool reads the same decoded page strings; decoding is outside the timed part. Prints a
 * Markdown report and, when given a BENCHMARKS.md path, replaces the latest results of its section
 * there and adds one line to the section's history.
 *
 * <p>Run from the repository root: {@code bench/extraction.sh} (see docs/BENCHMARKS.md). Arguments:
 * the shared data folder (default {@code ../shared}), optionally the BENCHMARKS.md to update and
 * the command line to record. Skips with a message when the data is absent.
 */
public final class ExtractionBenchmark {
  private static final int WARM_UP_PASSES = 3;
  private static final int TIMED_PASSES = 5;
  private static final int WORST_PAGES = 8;

  private ExtractionBenchmark() {}

  /** One page of the benchmark: its address, decoded HTML, HTML size in bytes and gold body. */
  record Page(String id, String url, String html, int bytes, String gold) {}

  /** One extractor under test: a name and a function from (html, url) to body text. */
  record Tool(String name, BiFunction<String, String, String> extract) {}

  /** What one tool reached: quality, per-page matches, and speed over the timed passes. */
  record Result(
      Tool tool,
      ExtractionScore score,
      List<ExtractionScore.PageMatch> matches,
      int failures,
      double[] passSeconds,
      double[] passWallSeconds,
      long totalBytes,
      long peakHeapBytes,
      long allocatedBytes) {
    double medianSeconds() {
      return median(passSeconds);
    }

    private static double median(double[] values) {
      double[] s = values.clone();
      Arrays.sort(s);
      return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    double pagesPerSecond() {
      return matches.size() / medianSeconds();
    }

    double wallPagesPerSecond() {
      return matches.size() / median(passWallSeconds);
    }

    double allocatedMegabytesPerPage() {
      return allocatedBytes / 1e6 / TIMED_PASSES / matches.size();
    }

    double megabytesPerSecond() {
      return totalBytes / 1e6 / medianSeconds();
    }
  }

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Path aeb = shared.resolve("eval/extraction/aeb");
    if (!Files.isRegularFile(aeb.resolve("ground-truth.json"))) {
      System.out.println(
          "Extraction benchmark skipped: " + aeb.toAbsolutePath() + " not found (no AEB data)");
      return;
    }
    Path docs = args.length > 1 ? Path.of(args[1]) : null;
    String command = args.length > 2 ? args[2] : "bench/extraction.sh";
    List<Page> pages = load(aeb);
    List<Tool> tools =
        List.of(
            new Tool("Vigie", ExtractionBenchmark::vigie),
            new Tool("Readability4J 1.0.8", ExtractionBenchmark::readability4j),
            new Tool("full page as text", ExtractionBenchmark::fullPage));
    List<Result> results = new ArrayList<>();
    for (Tool tool : tools) {
      results.add(measure(tool, pages));
    }
    String report = report(pages, results, command);
    System.out.println(report);
    printWorst(pages, results.get(0));
    if (docs != null) {
      BenchmarksFile.update(docs, report, historyLine(results));
      System.out.println("Updated " + docs);
    }
  }

  private static final HtmlExtractor VIGIE = new HtmlExtractor();

  static String vigie(String html, String url) {
    return VIGIE.extract(html, url).text();
  }

  static String readability4j(String html, String url) {
    Article article = new Readability4J(url, html).parse();
    String text = article.getTextContent();
    return text == null ? "" : text;
  }

  /** The baseline: every text node of the page (scripts and styles excluded). */
  static String fullPage(String html, String url) {
    return Jsoup.parse(html, url).text();
  }

  static Result measure(Tool tool, List<Page> pages) {
    List<ExtractionScore.PageMatch> matches = new ArrayList<>();
    int failures = 0;
    for (Page p : pages) {
      String text;
      try {
        text = tool.extract().apply(p.html(), p.url());
      } catch (RuntimeException e) {
        failures++;
        text = "";
      }
      matches.add(ExtractionScore.match(p.gold(), text));
    }
    for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
      runAll(tool, pages);
    }
    resetPeaks();
    long allocatedBefore = allocatedBytes();
    double[] seconds = new double[TIMED_PASSES];
    double[] wall = new double[TIMED_PASSES];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < TIMED_PASSES; pass++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      runAll(tool, pages);
      wall[pass] = (System.nanoTime() - start) / 1e9;
      seconds[pass] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    }
    long allocated = allocatedBytes() - allocatedBefore;
    long bytes = pages.stream().mapToLong(Page::bytes).sum();
    return new Result(
        tool,
        ExtractionScore.of(matches),
        matches,
        failures,
        seconds,
        wall,
        bytes,
        peakHeap(),
        allocated);
  }

  /** Extracts every page once; the lengths are summed so that no work can be skipped. */
  private static long runAll(Tool tool, List<Page> pages) {
    long chars = 0;
    for (Page p : pages) {
      try {
        chars += tool.extract().apply(p.html(), p.url()).length();
      } catch (RuntimeException e) {
        chars--;
      }
    }
    return chars;
  }

  static List<Page> load(Path aeb) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(aeb.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : truth.properties()) {
      byte[] raw = gunzip(aeb.resolve("html").resolve(e.getKey() + ".html.gz"));
      pages.add(
          new Page(
              e.getKey(),
              e.getValue().path("url").asText(""),
              TextDecoder.decode(raw, null, true).text(),
              raw.length,
              e.getValue().path("articleBody").asText("")));
    }
    return pages;
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Bytes this thread has allocated so far (HotSpot's counter; -1 where there is none). */
  private static long allocatedBytes() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
      return t.getCurrentThreadAllocatedBytes();
    }
    return -1;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "%d cores, JVM max heap %d MiB, Java %s (%s), %s %s",
        rt.availableProcessors(),
        rt.maxMemory() >> 20,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }

  static String report(List<Page> pages, List<Result> results, String command) {
    StringBuilder out = new StringBuilder();
    long bytes = pages.stream().mapToLong(Page::bytes).sum();
    out.append(
        String.format(
            Locale.ROOT, "**Latest run**: %s; `%s`; %s.%n%n", LocalDate.now(), command, machine()));
    out.append(
        String.format(
            Locale.ROOT,
            "%d pages, %.1f MB of HTML; speed: one thread, median of %d timed passes after %d"
                + " warm-up passes, by the thread's CPU time (what one core does, whatever else"
                + " runs on the machine) and by wall-clock time. Load average at the end: %.1f.%n%n",
            pages.size(),
            bytes / 1e6,
            TIMED_PASSES,
            WARM_UP_PASSES,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    out.append(
        "| tool | precision | recall | **F1** | pages/s (CPU) | MB/s (CPU) | pages/s (wall)"
            + " | peak heap | allocated/page | failures |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Result r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.3f | %.3f | **%.3f** | %.0f | %.1f | %.0f | %d MiB | %.1f MB | %d |%n",
              r.tool().name(),
              r.score().precision(),
              r.score().recall(),
              r.score().f1(),
              r.pagesPerSecond(),
              r.megabytesPerSecond(),
              r.wallPagesPerSecond(),
              r.peakHeapBytes() >> 20,
              r.allocatedMegabytesPerPage(),
              r.failures()));
    }
    return out.toString();
  }

  static String historyLine(List<Result> results) {
    StringBuilder line = new StringBuilder("- " + LocalDate.now() + ":");
    for (Result r : results) {
      line.append(
          String.format(
              Locale.ROOT,
              " %s F1 %.3f, %.0f pages/s CPU;",
              r.tool().name(),
              r.score().f1(),
              r.pagesPerSecond()));
    }
    line.setLength(line.length() - 1);
    return line.append(" (")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores)")
        .toString();
  }

  private static void printWorst(List<Page> pages, Result vigie) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> f1(vigie.matches().get(i))));
    System.out.println("Vigie's worst pages (P / R):");
    for (int i : order.subList(0, Math.min(WORST_PAGES, order.size()))) {
      ExtractionScore.PageMatch m = vigie.matches().get(i);
      System.out.printf(
          Locale.ROOT, "  %.2f / %.2f  %s%n", m.precision(), m.recall(), pages.get(i).url());
    }
  }

  private static double f1(ExtractionScore.PageMatch m) {
    double p = m.precision();
    double r = m.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
