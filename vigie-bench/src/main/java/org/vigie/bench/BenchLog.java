package org.vigie.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every benchmark records beside its figures: the machine, the load, the heap; and the one
 * place results are written, a dated row appended to a table of {@code docs/BENCHMARKS.md}.
 *
 * <p>Each benchmark's table ends with a marker line {@code <!-- rows: NAME -->}; new rows go just
 * above it, so that results accumulate run after run and the prose around them is left alone.
 */
final class BenchLog {
  private BenchLog() {}

  /** "2 cores, 24 GiB, JDK 25.0.3, -Xmx1g, G1". */
  static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "%d cores, %d GiB, JDK %s, %s%s",
        rt.availableProcessors(),
        Math.round(physicalMemory() / (1024.0 * 1024 * 1024)),
        System.getProperty("java.version"),
        heapOption(rt),
        collector());
  }

  /**
   * The {@code -Xmx} the JVM was given, as given (the collectors report a little less than it as
   * their maximum), else the maximum they report.
   */
  private static String heapOption(Runtime rt) {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-Xmx"))
        .reduce((a, b) -> b)
        .orElse(String.format(Locale.ROOT, "-Xmx%d MiB", rt.maxMemory() >> 20));
  }

  /** ", parallel GC" or ", G1" when the collector is one of those, else its beans' first name. */
  private static String collector() {
    List<String> names =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList();
    if (names.isEmpty()) {
      return "";
    }
    if (names.stream().anyMatch(n -> n.startsWith("PS "))) {
      return ", parallel GC";
    }
    if (names.stream().anyMatch(n -> n.startsWith("G1 "))) {
      return ", G1";
    }
    return ", " + names.getFirst();
  }

  private static long physicalMemory() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
  }

  /** CPU time of this process, every thread (GC included), in nanoseconds. */
  static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The one-minute load average, as {@code uptime} shows it. */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static String today() {
    return LocalDate.now().toString();
  }

  /** Forgets the heap pools' peaks, after a collection, so that a measured phase starts clean. */
  static void resetPeakHeap() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since the last reset (an upper bound of the true peak). */
  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /**
   * Appends a row above the {@code <!-- rows: name -->} marker of {@code docs/BENCHMARKS.md}.
   *
   * @throws IllegalStateException when the file has no such marker (the docs were edited away)
   */
  static void appendRow(Path benchmarksMd, String name, String row) throws IOException {
    String marker = "<!-- rows: " + name + " -->";
    List<String> lines = new ArrayList<>(Files.readAllLines(benchmarksMd, StandardCharsets.UTF_8));
    int at = lines.indexOf(marker);
    if (at < 0) {
      throw new IllegalStateException(benchmarksMd + " has no line '" + marker + "'");
    }
    lines.add(at, row);
    Files.write(benchmarksMd, lines, StandardCharsets.UTF_8);
    System.out.println("Row added to " + benchmarksMd + " (" + name + ").");
  }

  static String mib(long bytes) {
    return (bytes >> 20) + " MiB";
  }

  static String percent(double part, double whole) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * part / whole);
  }
}
