package org.vigie.collect.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.vigie.document.ErrorCause;

/**
 * Fetches web pages safely, on the JDK HTTP client.
 *
 * <ul>
 *   <li>Only {@code http} and {@code https} URLs.
 *   <li>Every hop's host is resolved and checked by the {@link AddressPolicy} before connecting.
 *   <li>Redirects are followed by hand, at most {@link FetchSettings#maxRedirects()}, and a loop is
 *       refused.
 *   <li>A connect timeout, and a timeout for the whole request up to the last body byte.
 *   <li>Bodies are limited to {@link FetchSettings#maxBodyBytes()} as received and once gunzipped;
 *       the download is cancelled as soon as the limit is passed.
 *   <li>Conditional requests from what {@link FetchMemory} remembers ({@code If-None-Match}, {@code
 *       If-Modified-Since}); a 304 comes back as a result with {@link FetchResult#notModified()}.
 * </ul>
 *
 * Every exchange (each hop) goes to the {@link Exchange.Recorder}, for example a WARC archive.
 * Failures are {@link FetchException}s typed by cause. Thread-safe; close it to release the client.
 */
public final class HttpFetcher implements AutoCloseable {
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

  private final FetchSettings settings;
  private final AddressPolicy policy;
  private final Exchange.Recorder recorder;
  private final Clock clock;
  private final HttpClient client;

  public HttpFetcher(FetchSettings settings, AddressPolicy policy, Exchange.Recorder recorder) {
    this(settings, policy, recorder, Clock.systemUTC());
  }

  public HttpFetcher(
      FetchSettings settings, AddressPolicy policy, Exchange.Recorder recorder, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  public FetchSettings settings() {
    return settings;
  }

  /**
   * Fetches {@code url}, conditionally when {@code previous} has validators.
   *
   * @param previous what was remembered about this URL, or {@code null}
   * @return a 2xx response, or a 304 one ({@link FetchResult#notModified()})
   * @throws FetchException for any other status and every failure
   */
  public FetchResult fetch(String url, FetchMemory.Seen previous) throws FetchException {
    FetchResult result = fetchAnyStatus(url, previous);
    int status = result.status();
    if (status / 100 == 2 || status == 304) {
      return result;
    }
    throw new FetchException(
        result.url().toString(),
        ErrorCause.HTTP_STATUS,
        "server answered HTTP " + status + " for " + result.url(),
        status,
        null);
  }

  /**
   * Like {@link #fetch} but returns whatever final status the server gave (robots.txt needs it).
   */
  public FetchResult fetchAnyStatus(String url, FetchMemory.Seen previous) throws FetchException {
    URI start = parse(url, url);
    URI uri = start;
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      visited.add(uri);
      FetchResult response = send(start, uri, hop == 0 ? previous : null);
      String location = response.header("location").orElse(null);
      if (!isRedirect(response.status()) || location == null) {
        return response;
      }
      URI next = parse(location.strip(), uri.toString(), uri);
      if (visited.contains(next)) {
        throw new FetchException(
            uri.toString(),
            ErrorCause.TOO_MANY_REDIRECTS,
            "redirect loop: " + uri + " redirects to " + next + ", already visited from " + start);
      }
      if (hop + 1 > settings.maxRedirects()) {
        throw new FetchException(
            uri.toString(),
            ErrorCause.TOO_MANY_REDIRECTS,
            "more than " + settings.maxRedirects() + " redirects from " + start);
      }
      uri = next;
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** {@code url} as an absolute http(s) URI without fragment; {@link ErrorCause#BAD_URL} if not. */
  public static URI parse(String url, String origin) throws FetchException {
    return parse(url, origin, null);
  }

  private static URI parse(String url, String origin, URI base) throws FetchException {
    URI uri;
    try {
      uri = base == null ? new URI(url) : base.resolve(new URI(url));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(origin, ErrorCause.BAD_URL, "not a valid URL: '" + url + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          origin, ErrorCause.BAD_URL, "only http and https URLs are fetched, not '" + url + "'");
    }
    if (uri.getHost() == null) {
      throw new FetchException(origin, ErrorCause.BAD_URL, "URL has no host: '" + url + "'");
    }
    String text = uri.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? uri : URI.create(text.substring(0, hash));
  }

  private FetchResult send(URI start, URI uri, FetchMemory.Seen previous) throws FetchException {
    List<InetAddress> addresses = policy.check(uri);
    HttpRequest request;
    try {
      request = request(uri, previous);
    } catch (IllegalArgumentException e) {
      throw new FetchException(
          uri.toString(), ErrorCause.BAD_URL, "cannot request " + uri + ": " + e.getMessage());
    }
    HttpResponse<byte[]> response = await(uri, request);
    byte[] raw = response.body();
    Map<String, List<String>> headers = lowerCase(response.headers().map());
    InetAddress address = addresses.isEmpty() ? null : addresses.get(0);
    recorder.record(
        new Exchange(
            uri,
            request.headers().map(),
            response.statusCode(),
            response.headers().map(),
            raw,
            clock.instant(),
            address));
    byte[] body = decode(uri, headers, raw);
    return new FetchResult(start, uri, response.statusCode(), headers, body, clock.instant());
  }

  private HttpRequest request(URI uri, FetchMemory.Seen previous) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(settings.readTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", ACCEPT)
            .header("Accept-Encoding", "gzip");
    if (previous != null) {
      conditional(builder, "If-None-Match", previous.etag());
      conditional(builder, "If-Modified-Since", previous.lastModified());
    }
    return builder.build();
  }

  /** Adds a validator header, unless the remembered value could not be sent as one. */
  private static void conditional(HttpRequest.Builder builder, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    try {
      builder.header(name, value);
    } catch (IllegalArgumentException e) {
      // a validator with control characters: the request is sent unconditionally
    }
  }

  private HttpResponse<byte[]> await(URI uri, HttpRequest request) throws FetchException {
    long limit = settings.maxBodyBytes();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(
            request,
            info ->
                new BoundedBodySubscriber(
                    limit, info.headers().firstValueAsLong("content-length").orElse(-1)));
    long millis = settings.readTimeout().toMillis();
    try {
      return future.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException(
          uri.toString(), ErrorCause.TIMEOUT, "no complete response within " + millis + " ms");
    } catch (ExecutionException e) {
      throw failure(uri, e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(uri.toString(), ErrorCause.NETWORK, "interrupted while fetching");
    }
  }

  private static FetchException failure(URI uri, Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof BoundedBodySubscriber.TooLarge) {
        return new FetchException(uri.toString(), ErrorCause.TOO_LARGE, t.getMessage());
      }
      if (t instanceof HttpTimeoutException) {
        return new FetchException(
            uri.toString(), ErrorCause.TIMEOUT, "timed out: " + t.getMessage(), 0, t);
      }
      if (t instanceof ConnectException) {
        return new FetchException(
            uri.toString(), ErrorCause.NETWORK, "cannot connect to " + uri.getAuthority(), 0, t);
      }
    }
    String message =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return new FetchException(
        uri.toString(), ErrorCause.NETWORK, "network error: " + message, 0, error);
  }

  private byte[] decode(URI uri, Map<String, List<String>> headers, byte[] raw)
      throws FetchException {
    List<String> encodings = headers.getOrDefault("content-encoding", List.of());
    String encoding =
        encodings.isEmpty() ? "identity" : encodings.get(0).strip().toLowerCase(Locale.ROOT);
    return switch (encoding) {
      case "identity", "" -> raw;
      case "gzip", "x-gzip" -> gunzip(uri, raw);
      default ->
          throw new FetchException(
              uri.toString(), ErrorCause.UNSUPPORTED, "unsupported Content-Encoding " + encoding);
    };
  }

  private byte[] gunzip(URI uri, byte[] raw) throws FetchException {
    long limit = settings.maxBodyBytes();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        throw new FetchException(
            uri.toString(),
            ErrorCause.TOO_LARGE,
            "gunzipped response body exceeds the limit of " + limit + " bytes");
      }
      return body;
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      throw new FetchException(
          uri.toString(),
          ErrorCause.CORRUPT_COMPRESSION,
          "gzip response body is truncated or corrupt: " + e.getMessage());
    }
  }

  private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
    Map<String, List<String>> lower = new LinkedHashMap<>();
    headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values));
    return lower;
  }

  @Override
  public void close() {
    client.close();
  }
}
