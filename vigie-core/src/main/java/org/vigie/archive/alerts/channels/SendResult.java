package org.vigie.archive.alerts.channels;

import java.time.Duration;

/**
 * How one delivery attempt ended.
 *
 * @param outcome delivered, to retry, gone (the endpoint said 410: never again) or refused (will
 *     never succeed: a forbidden address, a malformed target)
 * @param code the HTTP status or SMTP reply code, or 0
 * @param error what went wrong, or {@code null}
 * @param retryAfter the receiver's {@code Retry-After}, or {@code null}
 */
public record SendResult(Outcome outcome, int code, String error, Duration retryAfter) {
  public enum Outcome {
    DELIVERED,
    RETRY,
    GONE,
    REFUSED
  }

  public static SendResult delivered(int code) {
    return new SendResult(Outcome.DELIVERED, code, null, null);
  }

  public static SendResult retry(int code, String error, Duration retryAfter) {
    return new SendResult(Outcome.RETRY, code, error, retryAfter);
  }

  public static SendResult refused(String error) {
    return new SendResult(Outcome.REFUSED, 0, error, null);
  }
}
