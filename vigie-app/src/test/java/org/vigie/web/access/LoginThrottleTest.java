package org.vigie.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The login throttle on a clock the test moves. */
class LoginThrottleTest {
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  final MovingClock clock = new MovingClock();
  final LoginThrottle throttle = new LoginThrottle(clock);

  /** Failed attempts let through, as the login page counts them (before checking). */
  void fail(int times, String account, String address) {
    for (int i = 0; i < times; i++) {
      assertThat(throttle.attempt(account, address)).as("attempt " + i).isZero();
    }
  }

  @Test
  void tenAttemptsCostNothingThenEachWaitsTwiceAsLong() {
    fail(9, "awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isZero();
    fail(1, "awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.attempt("awa", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    clock.now = clock.now.plusSeconds(1);
    fail(1, "awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
    clock.now = clock.now.plusSeconds(2);
    fail(1, "awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
    clock.now = clock.now.plusSeconds(3);
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aRefusedAttemptIsNotCountedAndAnAttemptIsCountedBeforeItsCheck() {
    fail(LoginThrottle.FREE_PER_ACCOUNT, "awa", "10.0.0.1");
    for (int i = 0; i < 100; i++) {
      assertThat(throttle.attempt("awa", "10.0.0.1")).isPositive();
    }
    // the refusals did not lengthen the wait
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void failuresOnANameFromElsewhereNeverSlowItsOwner() {
    for (int ip = 1; ip <= 50; ip++) {
      fail(LoginThrottle.FREE_PER_ACCOUNT, "awa", "198.51.100." + ip);
    }
    assertThat(throttle.attempt("awa", "203.0.113.7")).isZero();
  }

  @Test
  void oneAddressGuessingManyNamesIsSlowedForEveryName() {
    for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
      fail(1, "user" + i, "10.0.0.9");
    }
    assertThat(throttle.attempt("someone-else", "10.0.0.9")).isPositive();
    assertThat(throttle.attempt("someone-else", "10.0.0.8")).isZero();
  }

  @Test
  void aSuccessClearsTheNameAtThatAddressAndAnHourForgets() {
    fail(12 - 2, "awa", "10.0.0.1");
    throttle.succeeded("awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isZero();
    fail(10, "moussa", "10.0.0.2");
    assertThat(throttle.waitFor("moussa", "10.0.0.2")).isPositive();
    clock.now = clock.now.plus(LoginThrottle.FORGET).plusSeconds(1);
    assertThat(throttle.waitFor("moussa", "10.0.0.2")).isZero();
    fail(1, "moussa", "10.0.0.2");
    assertThat(throttle.waitFor("moussa", "10.0.0.2")).isZero();
  }
}
