package org.vigie.collect.fetch;

import java.io.IOException;
import java.util.Objects;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/**
 * A fetch that did not give a usable response, typed by {@link ErrorCause} so that runs can count
 * failures by reason: {@link ErrorCause#TIMEOUT}, {@link ErrorCause#TOO_LARGE}, {@link
 * ErrorCause#FORBIDDEN_ADDRESS}, {@link ErrorCause#HTTP_STATUS}, {@link
 * ErrorCause#TOO_MANY_REDIRECTS}, {@link ErrorCause#ROBOTS_DISALLOWED}, {@link ErrorCause#BAD_URL}
 * or {@link ErrorCause#NETWORK}.
 */
public final class FetchException extends IOException {
  private final String url;
  private final ErrorCause reason;
  private final int status;

  public FetchException(String url, ErrorCause reason, String message) {
    this(url, reason, message, 0, null);
  }

  public FetchException(String url, ErrorCause reason, String message, int status, Throwable e) {
    super(message, e);
    this.url = Objects.requireNonNull(url, "url");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.status = status;
  }

  /** The URL whose fetch failed (the hop that failed, for redirects). */
  public String url() {
    return url;
  }

  /** Why it failed, the category it is counted under. */
  public ErrorCause reason() {
    return reason;
  }

  /** The HTTP status for {@link ErrorCause#HTTP_STATUS}, else 0. */
  public int status() {
    return status;
  }

  /** This failure as a skipped input of a run, found at {@code origin}. */
  public IngestError toIngestError(String origin) {
    return IngestError.skipped(origin, reason, getMessage());
  }
}
