package org.vigie.archive.alerts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The times of alerts: when a message may go (quiet hours, rate limit), when a failed delivery is
 * tried again, when a digest is due. Pure functions of the rule and the clock.
 */
final class Schedule {
  /**
   * Waits after each failed attempt (about three days in all, as Standard Webhooks advises), each
   * with ±10 % jitter; a delivery that fails after the last is given up (and can be re-sent).
   */
  static final List<Duration> RETRIES =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2),
          Duration.ofHours(5),
          Duration.ofHours(10),
          Duration.ofHours(14),
          Duration.ofHours(20),
          Duration.ofHours(24));

  private Schedule() {}

  /** When a new message of a rule may go: after its quiet hours, within its rate limit. */
  static Instant due(AlertRule rule, Instant now, AlertOutbox outbox, Connection c)
      throws SQLException {
    return due(rule, now, outbox.queuedSince(c, rule.id(), lastHour(now)));
  }

  /**
   * When a new message of a rule may go, {@code queued} messages of it having been queued in the
   * last hour ({@link #lastHour}).
   */
  static Instant due(AlertRule rule, Instant now, int queued) {
    Instant at = queued >= rule.ratePerHour() ? now.plus(Duration.ofHours(1)) : now;
    return afterQuietHours(rule, at);
  }

  /** Where the rate limit's hour starts. */
  static Instant lastHour(Instant now) {
    return now.minus(Duration.ofHours(1));
  }

  /** {@code at}, or the end of the rule's quiet hours when it falls in them. */
  static Instant afterQuietHours(AlertRule rule, Instant at) {
    if (rule.quiet() == null) {
      return at;
    }
    ZonedDateTime local = at.atZone(rule.zone());
    if (!rule.quiet().contains(local.toLocalTime())) {
      return at;
    }
    ZonedDateTime end = local.with(rule.quiet().to()).truncatedTo(ChronoUnit.MINUTES);
    if (!end.isAfter(local)) {
      end = end.plusDays(1);
    }
    return end.toInstant();
  }

  /**
   * When to try again after {@code attempts} failed attempts, or {@code null} to give up; never
   * before the receiver's {@code Retry-After} (capped at a day).
   */
  static Instant retryAt(AlertRule rule, Instant now, int attempts, Duration retryAfter) {
    if (attempts > RETRIES.size()) {
      return null;
    }
    Duration wait = RETRIES.get(attempts - 1);
    double jitter = 0.9 + 0.2 * ThreadLocalRandom.current().nextDouble();
    wait = Duration.ofMillis((long) (wait.toMillis() * jitter));
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : retryAfter;
    }
    return rule == null ? now.plus(wait) : afterQuietHours(rule, now.plus(wait));
  }

  /** The first digest time of a rule strictly after {@code last}, in its zone. */
  static Instant nextDigest(AlertRule rule, Instant last) {
    ZonedDateTime from = last.atZone(rule.zone());
    AlertRule.Digest d = rule.digest();
    ZonedDateTime next =
        switch (d.every()) {
          case HOURLY -> from.truncatedTo(ChronoUnit.HOURS).plusHours(1);
          case DAILY -> {
            ZonedDateTime today = at(from.toLocalDate(), d, rule);
            yield today.isAfter(from) ? today : at(from.toLocalDate().plusDays(1), d, rule);
          }
          case WEEKLY -> {
            LocalDate day = from.toLocalDate().with(TemporalAdjusters.nextOrSame(d.day()));
            ZonedDateTime candidate = at(day, d, rule);
            yield candidate.isAfter(from) ? candidate : at(day.plusWeeks(1), d, rule);
          }
        };
    return next.toInstant();
  }

  private static ZonedDateTime at(LocalDate day, AlertRule.Digest d, AlertRule rule) {
    return LocalDateTime.of(day, d.at()).atZone(rule.zone());
  }
}
