package org.vigie.collect.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request and the response it got, as exchanged on the wire (one hop of a redirect chain),
 * for archiving.
 *
 * @param uri the requested URL
 * @param requestHeaders the headers sent (without {@code Host}, which {@code uri} gives)
 * @param status the response status
 * @param responseHeaders the response headers as received
 * @param rawBody the response body as received, before gunzipping (chunked encoding removed)
 * @param date when the response arrived
 * @param address the address the host resolved to, or {@code null}
 */
public record Exchange(
    URI uri,
    Map<String, List<String>> requestHeaders,
    int status,
    Map<String, List<String>> responseHeaders,
    byte[] rawBody,
    Instant date,
    InetAddress address) {

  /** Receives every exchange the fetcher makes, for example a WARC archive. */
  @FunctionalInterface
  public interface Recorder {
    Recorder NONE = exchange -> {};

    void record(Exchange exchange);
  }
}
