package org.vigie.archive.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigie.archive.alerts.AlertOutbox.Delivery;
import org.vigie.archive.alerts.AlertOutbox.Status;
import org.vigie.archive.alerts.channels.Channel;
import org.vigie.archive.alerts.channels.SendResult;

/**
 * Drains the outbox: each due delivery is attempted on its channel and its attempt recorded with
 * the delivery's new state (delivered, retried later with backoff, or given up). A delivery whose
 * attempt was made but not recorded (the process killed in between) is attempted again after a
 * restart with the same id, which its receiver discards as a repeat.
 */
final class DeliveryWorker {
  private static final int BATCH = 200;

  private final AlertService alerts;

  DeliveryWorker(AlertService alerts) {
    this.alerts = alerts;
  }

  /**
   * One pass over what is due at {@code now}, the attempts spread over {@code pool} (webhooks and
   * mail are mostly waiting on the network); the number of attempts made.
   */
  int runOnce(Instant now, java.util.concurrent.ExecutorService pool) {
    List<Delivery> due = alerts.outbox().due(now, BATCH);
    List<java.util.concurrent.Future<Boolean>> done = new java.util.ArrayList<>();
    for (Delivery d : due) {
      done.add(pool.submit(() -> attempt(d, now)));
    }
    int attempts = 0;
    for (var f : done) {
      try {
        if (f.get()) {
          attempts++;
        }
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("an alert delivery failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return attempts;
  }

  /** One pass over what is due at {@code now}; the number of attempts made. */
  int runOnce(Instant now) {
    int attempts = 0;
    List<Delivery> due = alerts.outbox().due(now, BATCH);
    for (Delivery d : due) {
      if (attempt(d, now)) {
        attempts++;
      }
    }
    return attempts;
  }

  private boolean attempt(Delivery d, Instant now) {
    AlertOutbox outbox = alerts.outbox();
    Optional<AlertRule> found = alerts.rules().get(d.ruleId());
    if (found.isEmpty()) {
      outbox.recordAttempt(d, now, null, "the alert was removed", Status.FAILED, now);
      return true;
    }
    AlertRule rule = found.get();
    Instant quietEnd = Schedule.afterQuietHours(rule, now);
    if (quietEnd.isAfter(now) && !d.kind().equals("test")) {
      outbox.postpone(d.id(), quietEnd);
      return false;
    }
    Channel channel = alerts.channels().get(d.channel());
    SendResult r =
        channel == null
            ? SendResult.retry(0, "mail is not configured (mail.host)", null)
            : channel.send(
                d.id(), d.target(), rule.webhookSecret(), rule.allowPrivate(), d.message());
    Integer code = r.code() == 0 ? null : r.code();
    switch (r.outcome()) {
      case DELIVERED -> outbox.recordAttempt(d, now, code, null, Status.DELIVERED, now);
      case GONE -> {
        outbox.recordAttempt(d, now, code, r.error(), Status.FAILED, now);
        alerts.rules().disableWebhook(rule.id());
        outbox.abandonWebhook(rule.id(), "endpoint gone (410)");
        alerts.reload();
      }
      case REFUSED -> outbox.recordAttempt(d, now, code, r.error(), Status.FAILED, now);
      case RETRY -> {
        Instant next = Schedule.retryAt(rule, now, d.attempts() + 1, r.retryAfter());
        outbox.recordAttempt(
            d,
            now,
            code,
            r.error(),
            next == null ? Status.FAILED : Status.PENDING,
            next == null ? now : next);
      }
    }
    return true;
  }
}
