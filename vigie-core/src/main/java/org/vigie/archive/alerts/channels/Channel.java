package org.vigie.archive.alerts.channels;

/** A way out for alerts: mail, webhook. Thread-safe. */
public interface Channel {
  /** {@code email} or {@code webhook}: the outbox's channel column. */
  String name();

  /**
   * One attempt to deliver a message.
   *
   * @param id the delivery's id: the webhook-id and idempotency key, the same on every attempt
   * @param target the address or endpoint
   * @param secret the webhook's signing secret, or {@code null}
   * @param allowPrivate whether the target may be a private or loopback address
   */
  SendResult send(String id, String target, String secret, boolean allowPrivate, AlertMessage m);
}
