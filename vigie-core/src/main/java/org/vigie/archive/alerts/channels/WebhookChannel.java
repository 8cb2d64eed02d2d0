package org.vigie.archive.alerts.channels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.vigie.collect.fetch.AddressPolicy;
import org.vigie.collect.fetch.FetchException;
import org.vigie.document.DocumentJson;

/**
 * Webhooks: a JSON body ({@code type}, {@code timestamp}, {@code data}: the {@link AlertMessage})
 * POSTed and signed as the Standard Webhooks specification says ({@link WebhookSignature}). No
 * redirect is followed; the target obeys the fetcher's address policy (no private, loopback or own
 * address unless the rule allows it). 2xx delivers, 410 is gone for good, anything else is retried
 * (after the receiver's {@code Retry-After} when it gives one).
 */
public final class WebhookChannel implements Channel {
  public static final String NAME = "webhook";
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Clock clock;

  public WebhookChannel(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The body sent for a message. */
  public static String body(AlertMessage m) {
    ObjectNode root = DocumentJson.mapper().createObjectNode();
    root.put("type", "alert." + m.kind());
    root.put("timestamp", m.at().toString());
    root.set("data", DocumentJson.mapper().valueToTree(m));
    try {
      return DocumentJson.mapper().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public SendResult send(
      String id, String target, String secret, boolean allowPrivate, AlertMessage m) {
    URI uri;
    try {
      uri = URI.create(target);
    } catch (IllegalArgumentException e) {
      return SendResult.refused("not a URL: " + target);
    }
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
      return SendResult.refused("a webhook is an http(s) URL: " + target);
    }
    try {
      (allowPrivate ? AddressPolicy.allowingPrivate() : AddressPolicy.publicOnly()).check(uri);
    } catch (FetchException e) {
      return e.reason() == org.vigie.document.ErrorCause.FORBIDDEN_ADDRESS
          ? SendResult.refused(e.getMessage())
          : SendResult.retry(0, e.getMessage(), null);
    }
    String body = body(m);
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Vigie-Alerts")
            .header("webhook-id", id)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", WebhookSignature.sign(secret, id, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<Void> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      return SendResult.retry(0, "no answer from " + uri.getHost() + ": " + e, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendResult.retry(0, "interrupted", null);
    }
    int code = response.statusCode();
    if (code >= 200 && code < 300) {
      return SendResult.delivered(code);
    }
    if (code == 410) {
      return new SendResult(SendResult.Outcome.GONE, code, "410 Gone: endpoint disabled", null);
    }
    String why = code >= 300 && code < 400 ? "redirect not followed" : "answered " + code;
    return SendResult.retry(
        code, why, retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
  }

  /** {@code Retry-After} as seconds or an HTTP date, or {@code null}. */
  Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      try {
        Instant when =
            ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), when);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
  }

  @Override
  public String toString() {
    return NAME.toUpperCase(Locale.ROOT);
  }
}
