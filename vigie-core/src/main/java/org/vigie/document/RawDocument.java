package org.vigie.document;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One unit of collected input before any analysis: the bytes as they were read, where they came
 * from and what the collector already knew about them.
 *
 * @param origin where the bytes were read, precise enough to find them again: a path, a path with a
 *     line ({@code corpus.jsonl:12}) or a WARC record ({@code crawl.warc.gz@4096})
 * @param sourceId the source this document belongs to (a folder, a feed, an import)
 * @param url the document's own address when known, otherwise {@code null}
 * @param fetchedAt when the bytes were collected
 * @param contentType the media type without parameters: {@code text/html} or {@code text/plain}
 * @param charset the charset declared by the transport (HTTP header, WARC), or {@code null}
 * @param content the raw bytes; never decoded by the collector, so nothing is lost
 * @param hints metadata that came with the input (for example the {@code title} and {@code
 *     published} keys of a JSONL line); keys are those of {@link Hint}
 * @param post what a platform export says about a post (account, metrics, relations), or {@code
 *     null} for anything that is not a social-media post
 */
public record RawDocument(
    String origin,
    String sourceId,
    String url,
    Instant fetchedAt,
    String contentType,
    String charset,
    byte[] content,
    Map<String, String> hints,
    PostMetadata post) {

  /** Metadata keys a collector may pass along with the bytes. */
  public static final class Hint {
    public static final String TITLE = "title";
    public static final String AUTHOR = "author";
    public static final String PUBLISHED = "published";
    public static final String SITE = "site";
    public static final String LANGUAGE = "language";

    private Hint() {}
  }

  public static final String HTML = "text/html";
  public static final String TEXT = "text/plain";

  public RawDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    hints = hints == null ? Map.of() : Map.copyOf(hints);
  }

  /** A document that is not a platform post. */
  public RawDocument(
      String origin,
      String sourceId,
      String url,
      Instant fetchedAt,
      String contentType,
      String charset,
      byte[] content,
      Map<String, String> hints) {
    this(origin, sourceId, url, fetchedAt, contentType, charset, content, hints, null);
  }

  /** Whether it is a social-media post read from a platform export. */
  public boolean isPost() {
    return post != null;
  }

  public boolean isHtml() {
    return HTML.equals(contentType);
  }

  public String hint(String key) {
    return hints.get(key);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawDocument r
        && origin.equals(r.origin)
        && sourceId.equals(r.sourceId)
        && Objects.equals(url, r.url)
        && fetchedAt.equals(r.fetchedAt)
        && contentType.equals(r.contentType)
        && Objects.equals(charset, r.charset)
        && Arrays.equals(content, r.content)
        && hints.equals(r.hints)
        && Objects.equals(post, r.post);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, sourceId, url, fetchedAt, contentType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "RawDocument[" + origin + ", " + contentType + ", " + content.length + " bytes]";
  }
}
