package org.vigie.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The options the ingest, search and HTTP benchmarks share; each reads those it needs. The scripts
 * in {@code bench/} pass the paths; a user adds sizes and flags.
 */
final class BenchOptions {
  Path shared = Path.of("../shared");
  Path work = Path.of("target/bench");
  Path docs;
  Path gcLog;
  long seed = 1;
  List<Long> sizes = List.of(10_000L, 100_000L);
  boolean breakdown = true;
  boolean keep;
  long megabytes = 2048;
  String command = "bench";

  /** The deployments the OpenSearch benchmark measures: embedded, one (node), two (nodes). */
  List<String> backends = List.of("embedded", "one", "two");

  /**
   * Reads the options; prints what is wrong and exits with 2 on a usage error.
   *
   * <p>{@code --sizes 10000,100000} (the first is the small one), {@code --seed S}, {@code --keep}
   * (keep generated corpora and archives in the work folder), {@code --no-breakdown}, and the paths
   * {@code --shared}, {@code --work}, {@code --docs}, {@code --gc-log}, {@code --command}, and
   * {@code --backends embedded,one,two} for the OpenSearch benchmark.
   */
  static BenchOptions parseOrExit(String[] args) {
    try {
      return parse(args);
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
      return null;
    }
  }

  static BenchOptions parse(String[] args) {
    BenchOptions o = new BenchOptions();
    for (int k = 0; k < args.length; k++) {
      String a = args[k];
      switch (a) {
        case "--shared" -> o.shared = Path.of(value(args, ++k, a));
        case "--work" -> o.work = Path.of(value(args, ++k, a));
        case "--docs" -> o.docs = Path.of(value(args, ++k, a));
        case "--gc-log" -> o.gcLog = Path.of(value(args, ++k, a));
        case "--seed" -> o.seed = number(value(args, ++k, a), a);
        case "--sizes" -> o.sizes = sizes(value(args, ++k, a));
        case "--no-breakdown" -> o.breakdown = false;
        case "--keep" -> o.keep = true;
        case "--mb" -> o.megabytes = number(value(args, ++k, a), a);
        case "--command" -> o.command = value(args, ++k, a);
        case "--backends" -> o.backends = backends(value(args, ++k, a));
        default ->
            throw new IllegalArgumentException(
                "unknown option '"
                    + a
                    + "'; known: --sizes --seed --keep --no-breakdown --shared --work --docs"
                    + " --gc-log --command --mb --backends");
      }
    }
    return o;
  }

  private static String value(String[] args, int k, String option) {
    if (k >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[k];
  }

  private static long number(String text, String option) {
    try {
      return Long.parseLong(text.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number, not '" + text + "'");
    }
  }

  private static List<Long> sizes(String list) {
    List<Long> sizes = Arrays.stream(list.split(",")).map(s -> number(s, "--sizes")).toList();
    if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
      throw new IllegalArgumentException("--sizes takes positive numbers: '" + list + "'");
    }
    return sizes;
  }

  private static List<String> backends(String list) {
    List<String> backends = Arrays.stream(list.split(",")).map(String::strip).toList();
    for (String b : backends) {
      if (!List.of("embedded", "one", "two").contains(b)) {
        throw new IllegalArgumentException(
            "--backends takes embedded, one and two (nodes), not '" + b + "'");
      }
    }
    return backends;
  }
}
