package org.vigie.web.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows password guessing without letting anyone lock a rightful user out. Attempts are counted for
 * one account from one address ({@value #FREE_PER_ACCOUNT} free) and for one address across every
 * account ({@value #FREE_PER_ADDRESS} free); past that, each further attempt must wait — 1 s,
 * doubling with each attempt, at most {@link #MAX_WAIT} — and an attempt made too early is refused
 * without checking the password (HTTP 429 with Retry-After). Failures on a name from other
 * addresses never slow its owner at theirs.
 *
 * <p>An attempt is counted when it is let through, before its password is checked ({@link
 * #attempt}), so that two hundred attempts sent at once get no more checks than the free ones; a
 * success ({@link #succeeded}) takes its own attempt back and clears the account at that address.
 * Counts are forgotten after {@link #FORGET} without an attempt; at most {@value #MAX_KEYS} counts
 * are kept, the least recent dropped first. Thread-safe.
 */
public final class LoginThrottle {
  public static final int FREE_PER_ACCOUNT = 10;
  public static final int FREE_PER_ADDRESS = 30;
  public static final Duration MAX_WAIT = Duration.ofMinutes(15);
  public static final Duration FORGET = Duration.ofHours(1);
  static final int MAX_KEYS = 100_000;

  private record Count(int attempts, Instant last) {}

  private final Map<String, Count> counts =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
          return size() > MAX_KEYS;
        }
      };
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * Lets an attempt through, counting it, or answers how long it must still wait (zero: it may go
   * on and is now counted).
   */
  public synchronized Duration attempt(String account, String address) {
    Instant now = clock.instant();
    String pair = pairKey(account, address);
    String ip = addressKey(address);
    Duration wait =
        longer(waitFor(pair, FREE_PER_ACCOUNT, now), waitFor(ip, FREE_PER_ADDRESS, now));
    if (!wait.isZero()) {
      return wait;
    }
    count(pair, now);
    count(ip, now);
    return Duration.ZERO;
  }

  /** How long an attempt must still wait, without counting one; zero when none. */
  public synchronized Duration waitFor(String account, String address) {
    Instant now = clock.instant();
    return longer(
        waitFor(pairKey(account, address), FREE_PER_ACCOUNT, now),
        waitFor(addressKey(address), FREE_PER_ADDRESS, now));
  }

  /** The attempt let through was right: its account is cleared at that address. */
  public synchronized void succeeded(String account, String address) {
    counts.remove(pairKey(account, address));
    counts.computeIfPresent(
        addressKey(address),
        (k, c) -> c.attempts() <= 1 ? null : new Count(c.attempts() - 1, c.last()));
  }

  private Duration waitFor(String key, int free, Instant now) {
    Count c = counts.get(key);
    if (c == null || c.attempts() < free || c.last().plus(FORGET).isBefore(now)) {
      return Duration.ZERO;
    }
    Duration delay = Duration.ofSeconds(1L << Math.min(c.attempts() - free, 20));
    if (delay.compareTo(MAX_WAIT) > 0) {
      delay = MAX_WAIT;
    }
    Duration left = Duration.between(now, c.last().plus(delay));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private void count(String key, Instant now) {
    counts.merge(
        key,
        new Count(1, now),
        (old, one) ->
            old.last().plus(FORGET).isBefore(now) ? one : new Count(old.attempts() + 1, now));
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String pairKey(String account, String address) {
    return "pair:" + address + " " + account;
  }

  private static String addressKey(String address) {
    return "ip:" + address;
  }
}
