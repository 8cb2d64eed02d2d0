package org.vigie.collect.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fetcher behaves.
 *
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param readTimeout how long one request may take from sending it to the last body byte
 * @param maxBodyBytes the largest body accepted, both as received and once gunzipped; reading stops
 *     as soon as it is passed
 * @param maxRedirects how many redirects are followed before giving up
 * @param userAgent the {@code User-Agent} header
 * @param robotsAgent the name looked up in robots.txt groups
 */
public record FetchSettings(
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    int maxRedirects,
    String userAgent,
    String robotsAgent) {

  public static final String USER_AGENT =
      "Vigie/0.1 (news observatory for West Africa; obeys robots.txt; agent name 'vigie')";

  /** 10 s to connect, 30 s per request, 10 MB bodies, 5 redirects. */
  public static final FetchSettings DEFAULTS =
      new FetchSettings(
          Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 5, USER_AGENT, "vigie");

  public FetchSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(robotsAgent, "robotsAgent");
    if (maxBodyBytes <= 0 || maxRedirects < 0) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be positive and maxRedirects not negative");
    }
  }

  public FetchSettings withReadTimeout(Duration timeout) {
    return new FetchSettings(
        connectTimeout, timeout, maxBodyBytes, maxRedirects, userAgent, robotsAgent);
  }

  public FetchSettings withMaxBodyBytes(long bytes) {
    return new FetchSettings(
        connectTimeout, readTimeout, bytes, maxRedirects, userAgent, robotsAgent);
  }

  public FetchSettings withMaxRedirects(int redirects) {
    return new FetchSettings(
        connectTimeout, readTimeout, maxBodyBytes, redirects, userAgent, robotsAgent);
  }
}
