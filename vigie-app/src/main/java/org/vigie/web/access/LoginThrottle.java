package org.vigie.web.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} wrong passwords for one account, or from
 * one address, each further attempt must wait — 1 s after the tenth failure, doubling with each
 * failure, at most {@link #MAX_WAIT} — and an attempt made too early is refused without checking
 * the password (HTTP 429 with Retry-After). A success clears the account and the address; failures
 * are forgotten after {@link #FORGET} without one. Thread-safe.
 */
public final class LoginThrottle {
  public static final int FREE_FAILURES = 10;
  public static final Duration MAX_WAIT = Duration.ofMinutes(15);
  public static final Duration FORGET = Duration.ofHours(1);
  private static final int MAX_KEYS = 100_000;

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long an attempt for this account from this address must still wait; zero when none. */
  public Duration waitFor(String account, String address) {
    Duration a = waitFor("user:" + account);
    Duration b = waitFor("ip:" + address);
    return a.compareTo(b) >= 0 ? a : b;
  }

  private Duration waitFor(String key) {
    Failures f = failures.get(key);
    if (f == null || f.count() < FREE_FAILURES) {
      return Duration.ZERO;
    }
    Duration delay = Duration.ofSeconds(1L << Math.min(f.count() - FREE_FAILURES, 20));
    if (delay.compareTo(MAX_WAIT) > 0) {
      delay = MAX_WAIT;
    }
    Duration left = Duration.between(clock.instant(), f.last().plus(delay));
    return left.isNegative() ? Duration.ZERO : left;
  }

  public void failed(String account, String address) {
    if (failures.size() > MAX_KEYS) {
      forgetOld();
    }
    Instant now = clock.instant();
    for (String key : new String[] {"user:" + account, "ip:" + address}) {
      failures.merge(
          key,
          new Failures(1, now),
          (old, one) ->
              old.last().plus(FORGET).isBefore(now) ? one : new Failures(old.count() + 1, now));
    }
  }

  public void succeeded(String account, String address) {
    failures.remove("user:" + account);
    failures.remove("ip:" + address);
  }

  private void forgetOld() {
    Instant limit = clock.instant().minus(FORGET);
    failures.values().removeIf(f -> f.last().isBefore(limit));
  }
}
