package org.vigie.collect.live;

import java.time.Duration;
import java.util.Set;
import org.vigie.collect.sources.Source;

/**
 * The {@link Source#options()} live collectors read, validated.
 *
 * <ul>
 *   <li>{@code baseUrl}: where the pages are fetched from instead of the platform's host (a mirror,
 *       a test server).
 *   <li>{@code delayMs}: least time between two requests to one host (default 1000).
 *   <li>{@code firstPages}: pages read on a source's first run, going back in time (default 5).
 *   <li>{@code maxPages}: pages read in any later run (default 50); when a run stops there before
 *       reaching the posts seen earlier, the next run resumes where it stopped.
 *   <li>{@code retries}: new attempts after a 429, a 5xx or a network failure (default 3).
 *   <li>{@code retryDelayMs}: the first wait before a new attempt, doubled each time, when the
 *       server gives no {@code Retry-After} (default 2000).
 *   <li>{@code maxRetryWaitMs}: the longest wait a run accepts ({@code Retry-After} included); a
 *       server asking for more stops the run there, to resume next time (default 120000).
 * </ul>
 */
public record LiveOptions(
    String baseUrl,
    Duration delay,
    int firstPages,
    int maxPages,
    int retries,
    Duration retryDelay,
    Duration maxRetryWait) {

  private static final Set<String> KNOWN =
      Set.of(
          "baseUrl",
          "delayMs",
          "firstPages",
          "maxPages",
          "retries",
          "retryDelayMs",
          "maxRetryWaitMs");

  /**
   * The options of {@code source}.
   *
   * @throws IllegalArgumentException naming the source and option when a value is not valid or the
   *     option is unknown
   */
  public static LiveOptions of(Source source) {
    for (String key : source.options().keySet()) {
      if (!KNOWN.contains(key)) {
        throw new IllegalArgumentException(
            "source '" + source.id() + "': unknown option '" + key + "' (known: " + KNOWN + ")");
      }
    }
    return new LiveOptions(
        source.option("baseUrl", null),
        Duration.ofMillis(number(source, "delayMs", 1000, 0)),
        (int) number(source, "firstPages", 5, 1),
        (int) number(source, "maxPages", 50, 1),
        (int) number(source, "retries", 3, 0),
        Duration.ofMillis(number(source, "retryDelayMs", 2000, 0)),
        Duration.ofMillis(number(source, "maxRetryWaitMs", 120_000, 0)));
  }

  private static long number(Source source, String key, long fallback, long least) {
    String value = source.option(key, null);
    if (value == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value.strip());
      if (n >= least && n <= Integer.MAX_VALUE) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "source '"
            + source.id()
            + "': option "
            + key
            + " must be a whole number ≥ "
            + least
            + ", not '"
            + value
            + "'");
  }
}
