package org.vigie.collect.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.vigie.document.ErrorCause;

/**
 * One site's robots.txt as crawler-commons parsed it, for Vigie's agent name.
 *
 * @param origin {@code scheme://host:port} of the site
 * @param rules the parsed rules
 * @param note why the rules are not the file's own (unreadable robots.txt), or {@code null}
 * @param failure why robots.txt could not be fetched at all (a timeout, the network…), or {@code
 *     null}: what a page refused for that reason is counted under
 */
public record RobotsRules(String origin, BaseRobotRules rules, String note, ErrorCause failure) {
  /** The longest crawl delay obeyed; longer ones are capped so a run cannot stall for hours. */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);

  public RobotsRules {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(rules, "rules");
  }

  public RobotsRules(String origin, BaseRobotRules rules, String note) {
    this(origin, rules, note, null);
  }

  /** The rules in a robots.txt response of {@code status} with {@code body}. */
  public static RobotsRules parse(String origin, FetchResult robots, String agent) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    int status = robots.status();
    if (status / 100 == 2) {
      String type = robots.header("content-type").orElse("text/plain");
      BaseRobotRules rules =
          parser.parseContent(robots.url().toString(), robots.body(), type, List.of(agent));
      return new RobotsRules(origin, rules, null);
    }
    String note = status / 100 == 4 ? null : "robots.txt answered HTTP " + status;
    return new RobotsRules(origin, parser.failedFetch(status), note);
  }

  /**
   * Rules for a site whose robots.txt could not be fetched at all: nothing allowed this run, and
   * what is refused is counted under {@code cause} (the robots.txt fetch's own failure).
   */
  public static RobotsRules unreachable(String origin, String why, ErrorCause cause) {
    return new RobotsRules(
        origin,
        new SimpleRobotRulesParser().failedFetch(503),
        "robots.txt unreachable: " + why,
        cause);
  }

  public boolean allows(URI uri) {
    return rules.isAllowed(uri.toString());
  }

  /** The crawl delay the site asks for (capped), or {@code null} when it asks for none. */
  public Duration crawlDelay() {
    long millis = rules.getCrawlDelay();
    if (millis <= 0) {
      return null;
    }
    Duration delay = Duration.ofMillis(millis);
    return delay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : delay;
  }

  /** {@code scheme://authority} of {@code uri}, the key robots.txt and pacing are kept under. */
  public static String originOf(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
  }
}
