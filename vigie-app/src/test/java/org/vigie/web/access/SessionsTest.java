package org.vigie.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The session store stays bounded and drops idle sessions first. */
class SessionsTest {
  final LoginThrottleTest.MovingClock clock = new LoginThrottleTest.MovingClock();

  @Test
  void neverHoldsMoreThanItsCapTheLeastRecentlySeenGoFirst() {
    Sessions sessions = new Sessions(clock, 100);
    Sessions.Session kept = sessions.open("awa");
    for (int i = 0; i < 1000; i++) {
      sessions.open("u" + i);
      if (i % 50 == 0) {
        assertThat(sessions.find(kept.id())).as("seen often, so kept").isPresent();
      }
    }
    assertThat(sessions.size()).isEqualTo(100);
    assertThat(sessions.find(kept.id())).isPresent();
  }

  @Test
  void idleSessionsExpireAndAreDroppedWhenAnotherOpens() {
    Sessions sessions = new Sessions(clock, 100);
    Sessions.Session old = sessions.open("awa");
    for (int i = 0; i < 10; i++) {
      sessions.open("u" + i);
    }
    clock.now = clock.now.plus(Sessions.IDLE).plusSeconds(1);
    assertThat(sessions.find(old.id())).isEmpty();
    sessions.open("moussa");
    assertThat(sessions.size()).isEqualTo(1);
  }
}
