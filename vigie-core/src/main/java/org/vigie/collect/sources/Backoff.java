package org.vigie.collect.sources;

import java.time.Duration;
import java.time.Instant;

/**
 * When a scheduled source runs next: one schedule after a success; after {@code n} failures in a
 * row, {@code schedule × 2^n}, capped at {@link #cap} (at least one day, or the schedule when it is
 * longer), so that a broken feed is retried less and less often but never given up.
 */
public final class Backoff {
  /** The longest wait between two attempts of a failing source (unless its schedule is longer). */
  public static final Duration MAX_DELAY = Duration.ofDays(1);

  private Backoff() {}

  /**
   * The next due time of a source after a run ended at {@code finished}, or {@code null} when it
   * has no schedule.
   */
  public static Instant nextDue(Duration schedule, Instant finished, int consecutiveFailures) {
    if (schedule == null) {
      return null;
    }
    return finished.plus(delay(schedule, consecutiveFailures));
  }

  /** The wait after {@code failures} failed runs in a row (0: the schedule itself). */
  public static Duration delay(Duration schedule, int failures) {
    Duration cap = cap(schedule);
    Duration delay = schedule;
    for (int i = 0; i < failures && delay.compareTo(cap) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  /** The longest wait for a source with this schedule. */
  public static Duration cap(Duration schedule) {
    return schedule.compareTo(MAX_DELAY) > 0 ? schedule : MAX_DELAY;
  }
}
