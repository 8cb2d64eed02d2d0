package org.vigie.collect.fetch;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The final response of a fetch, after redirects.
 *
 * @param requested the URL asked for
 * @param url the URL that answered (after redirects)
 * @param status the HTTP status; 304 when a conditional request found the resource unchanged
 * @param headers the response headers, names in lower case
 * @param body the body, gunzipped when the server compressed it; empty for 304
 * @param fetchedAt when the response arrived
 */
public record FetchResult(
    URI requested,
    URI url,
    int status,
    Map<String, List<String>> headers,
    byte[] body,
    Instant fetchedAt) {

  public FetchResult {
    headers = Map.copyOf(headers);
  }

  /** Whether a conditional request found the resource unchanged (HTTP 304). */
  public boolean notModified() {
    return status == 304;
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The media type without parameters, in lower case, or {@code null}. */
  public String mediaType() {
    return header("content-type")
        .map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
        .filter(v -> !v.isEmpty())
        .orElse(null);
  }

  /** The charset parameter of {@code Content-Type}, or {@code null}. */
  public String charset() {
    String type = header("content-type").orElse("");
    for (String part : type.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String value = p.substring(8).replace("\"", "").strip();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  public boolean isHtml() {
    String type = mediaType();
    return "text/html".equals(type) || "application/xhtml+xml".equals(type);
  }

  /** Hex SHA-256 of the body, as {@link FetchMemory.Seen#contentHash()} keeps it. */
  public String contentHash() {
    return sha256Hex(body);
  }

  /** What the fetch memory should keep about this response. */
  public FetchMemory.Seen toSeen(String key) {
    return new FetchMemory.Seen(
        key,
        header("etag").orElse(null),
        header("last-modified").orElse(null),
        contentHash(),
        fetchedAt);
  }

  /** Hex SHA-256 of {@code bytes}. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "FetchResult[" + url + ", " + status + ", " + body.length + " bytes]";
  }
}
