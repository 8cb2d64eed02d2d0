package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which queries count as expensive. */
class ExpensiveQueryGateTest {
  @Test
  void prefixesProximitiesAndLongQueriesAreExpensive() {
    assertThat(ExpensiveQueryGate.expensive("élect*")).isTrue();
    assertThat(ExpensiveQueryGate.expensive("journaliste PRES/10 arrêté")).isTrue();
    assertThat(ExpensiveQueryGate.expensive("\"paix durable\"~5")).isTrue();
    assertThat(ExpensiveQueryGate.expensive("mot ".repeat(ExpensiveQueryGate.CHEAP_TERMS + 1)))
        .isTrue();
  }

  @Test
  void shortPlainQueriesAndUnreadableOnesAreNot() {
    assertThat(ExpensiveQueryGate.expensive("paix")).isFalse();
    assertThat(ExpensiveQueryGate.expensive("élections ET Mali NON Niger")).isFalse();
    assertThat(ExpensiveQueryGate.expensive("\"paix durable\"")).isFalse();
    assertThat(ExpensiveQueryGate.expensive("mot ".repeat(ExpensiveQueryGate.CHEAP_TERMS)))
        .isFalse();
    assertThat(ExpensiveQueryGate.expensive("\"jamais fermé")).isFalse();
    assertThat(ExpensiveQueryGate.expensive(null)).isFalse();
  }
}
