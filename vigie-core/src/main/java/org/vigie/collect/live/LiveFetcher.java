package org.vigie.collect.live;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.vigie.collect.DocumentSink;
import org.vigie.collect.fetch.AddressPolicy;
import org.vigie.collect.fetch.Exchange;
import org.vigie.collect.fetch.FetchException;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.fetch.FetchResult;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.fetch.HostPacer;
import org.vigie.collect.fetch.HttpFetcher;
import org.vigie.collect.fetch.RobotsRules;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/**
 * The fetching side of one run of a live source: the {@link AddressPolicy} of the source, requests
 * to a host at least {@code delayMs} apart (the pacer is shared by every live run, so two channels
 * on one platform are paced together), and a server that answers 429 or 5xx (or cannot be reached)
 * asked again after its {@code Retry-After} or a doubling delay, each wait reported to the sink as
 * a warning. Conditional requests from the {@link FetchMemory} when asked (feeds that send
 * validators). Not thread-safe: one per run.
 */
final class LiveFetcher implements AutoCloseable {
  private final HttpFetcher fetcher;
  private final LiveOptions options;
  private final FetchMemory memory;
  private final DocumentSink sink;
  private final Clock clock;
  private final HostPacer pacer;

  LiveFetcher(
      FetchSettings settings,
      HostPacer pacer,
      boolean allowPrivate,
      LiveOptions options,
      FetchMemory memory,
      DocumentSink sink,
      Clock clock) {
    AddressPolicy policy =
        allowPrivate ? AddressPolicy.allowingPrivate() : AddressPolicy.publicOnly();
    this.fetcher = new HttpFetcher(settings, policy, Exchange.Recorder.NONE, clock);
    this.pacer = pacer;
    this.options = options;
    this.memory = memory;
    this.sink = sink;
    this.clock = clock;
  }

  /**
   * The body of {@code url}, or {@code null} when a conditional request found it unchanged (only
   * with {@code conditional}: a 304, or the same bytes as last time).
   *
   * @throws FetchException when the server still fails after the retries, typed by cause
   */
  String get(String url, boolean conditional) throws FetchException {
    FetchMemory.Seen previous = conditional ? memory.seen(url).orElse(null) : null;
    FetchResult result = fetch(url, previous);
    if (!conditional) {
      return text(result);
    }
    if (result.notModified()
        || (previous != null && result.contentHash().equals(previous.contentHash()))) {
      return null;
    }
    memory.remember(result.toSeen(url));
    return text(result);
  }

  private FetchResult fetch(String url, FetchMemory.Seen previous) throws FetchException {
    for (int attempt = 0; ; attempt++) {
      FetchResult result;
      try {
        result = once(url, previous);
      } catch (FetchException e) {
        if (!transientFailure(e) || attempt >= options.retries()) {
          throw e;
        }
        waitBeforeRetry(url, backoff(attempt), e.getMessage(), e.reason());
        continue;
      }
      int status = result.status();
      if (status / 100 == 2 || status == 304) {
        return result;
      }
      String why = "server answered HTTP " + status + " for " + url;
      if ((status != 429 && status / 100 != 5) || attempt >= options.retries()) {
        throw new FetchException(url, ErrorCause.HTTP_STATUS, why, status, null);
      }
      Duration wait = retryAfter(result);
      if (wait == null) {
        wait = backoff(attempt);
      } else if (wait.compareTo(options.maxRetryWait()) > 0) {
        throw new FetchException(
            url,
            ErrorCause.HTTP_STATUS,
            why + " asking to wait " + wait.toSeconds() + " s, longer than the run waits",
            status,
            null);
      }
      waitBeforeRetry(url, wait, why, ErrorCause.HTTP_STATUS);
    }
  }

  private FetchResult once(String url, FetchMemory.Seen previous) throws FetchException {
    URI uri = HttpFetcher.parse(url, url);
    String origin = RobotsRules.originOf(uri);
    try {
      pacer.await(origin, options.delay());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, ErrorCause.NETWORK, "interrupted while waiting");
    }
    try {
      return fetcher.fetchAnyStatus(url, previous);
    } finally {
      pacer.finished(origin);
    }
  }

  private static boolean transientFailure(FetchException e) {
    return e.reason() == ErrorCause.NETWORK || e.reason() == ErrorCause.TIMEOUT;
  }

  private Duration backoff(int attempt) {
    Duration d = options.retryDelay().multipliedBy(1L << Math.min(attempt, 20));
    return d.compareTo(options.maxRetryWait()) > 0 ? options.maxRetryWait() : d;
  }

  /** {@code Retry-After} as a wait (seconds or an HTTP date), or {@code null} when absent. */
  private Duration retryAfter(FetchResult result) {
    String value = result.header("retry-after").orElse(null);
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
  }

  private void waitBeforeRetry(String url, Duration wait, String why, ErrorCause cause)
      throws FetchException {
    sink.reject(
        IngestError.warning(url, cause, why + "; asked again after " + wait.toMillis() + " ms"));
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, ErrorCause.NETWORK, "interrupted while backing off");
    }
  }

  private static String text(FetchResult result) {
    String charset = result.charset();
    try {
      return new String(result.body(), charset == null ? UTF_8 : Charset.forName(charset));
    } catch (IllegalArgumentException e) {
      return new String(result.body(), UTF_8);
    }
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
