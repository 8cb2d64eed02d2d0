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

  void fail(int times, String account, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed(account, address);
    }
  }

  @Test
  void nineFailuresCostNothingTheTenthStartsAWaitThatDoubles() {
    fail(9, "awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isZero();
    fail(1, "awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    fail(1, "awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
    fail(1, "awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
    clock.now = clock.now.plusSeconds(3);
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    fail(30, "awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isEqualTo(LoginThrottle.MAX_WAIT);
  }

  @Test
  void countsByAccountAndByAddress() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("user" + i, "10.0.0.9");
    }
    assertThat(throttle.waitFor("someone-else", "10.0.0.9")).isPositive();
    assertThat(throttle.waitFor("someone-else", "10.0.0.8")).isZero();
    fail(10, "awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "192.168.1.1")).isPositive();
  }

  @Test
  void aSuccessOrAnHourWithoutFailuresClears() {
    fail(12, "awa", "10.0.0.1");
    throttle.succeeded("awa", "10.0.0.1");
    assertThat(throttle.waitFor("awa", "10.0.0.1")).isZero();
    fail(12, "moussa", "10.0.0.2");
    clock.now = clock.now.plus(LoginThrottle.FORGET).plusSeconds(1);
    throttle.failed("moussa", "10.0.0.2");
    assertThat(throttle.waitFor("moussa", "10.0.0.2")).isZero();
  }
}
