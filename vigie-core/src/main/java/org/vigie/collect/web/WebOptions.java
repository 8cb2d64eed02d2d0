package org.vigie.collect.web;

import java.time.Duration;
import java.util.Locale;
import org.vigie.collect.sources.Source;

/**
 * The {@link Source#options()} web collectors read, validated.
 *
 * <ul>
 *   <li>{@code delayMs}: least time between two requests to one host (default 1000); a longer
 *       robots.txt {@code Crawl-delay} wins.
 *   <li>{@code maxDepth}: links followed from the start page of a crawl (default 3).
 *   <li>{@code maxPages}: pages fetched per run, sitemaps and crawls (default 500).
 *   <li>{@code sameHost}: whether a crawl stays on its start page's host (default true).
 *   <li>{@code warc}: whether responses are archived when the collectors have a WARC folder
 *       (default true).
 * </ul>
 */
public record WebOptions(
    Duration delay, int maxDepth, int maxPages, boolean sameHost, boolean archive) {

  public static final String DELAY_MS = "delayMs";
  public static final String MAX_DEPTH = "maxDepth";
  public static final String MAX_PAGES = "maxPages";
  public static final String SAME_HOST = "sameHost";
  public static final String WARC = "warc";

  /**
   * The options of {@code source}.
   *
   * @throws IllegalArgumentException naming the source and option when a value is not valid
   */
  public static WebOptions of(Source source) {
    return new WebOptions(
        Duration.ofMillis(number(source, DELAY_MS, 1000)),
        (int) number(source, MAX_DEPTH, 3),
        (int) number(source, MAX_PAGES, 500),
        flag(source, SAME_HOST, true),
        flag(source, WARC, true));
  }

  private static long number(Source source, String key, long fallback) {
    String value = source.option(key, null);
    if (value == null) {
      return fallback;
    }
    try {
      long number = Long.parseLong(value.strip());
      if (number >= 0 && number <= Integer.MAX_VALUE) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "source '"
            + source.id()
            + "': option "
            + key
            + " must be a whole number ≥ 0, not '"
            + value
            + "'");
  }

  private static boolean flag(Source source, String key, boolean fallback) {
    String value = source.option(key, null);
    if (value == null) {
      return fallback;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "oui", "1" -> true;
      case "false", "no", "non", "0" -> false;
      default ->
          throw new IllegalArgumentException(
              "source '"
                  + source.id()
                  + "': option "
                  + key
                  + " must be true or false, not '"
                  + value
                  + "'");
    };
  }
}
