package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which queries count as expensive. */
class QueryLimitsTest {
  @Test
  void prefixesProximitiesAndLongQueriesAreExpensive() {
    assertThat(QueryLimits.expensive("élect*")).isTrue();
    assertThat(QueryLimits.expensive("journaliste PRES/10 arrêté")).isTrue();
    assertThat(QueryLimits.expensive("\"paix durable\"~5")).isTrue();
    assertThat(QueryLimits.expensive("mot ".repeat(QueryLimits.CHEAP_TERMS + 1))).isTrue();
  }

  @Test
  void shortPlainQueriesAndUnreadableOnesAreNot() {
    assertThat(QueryLimits.expensive("paix")).isFalse();
    assertThat(QueryLimits.expensive("élections ET Mali NON Niger")).isFalse();
    assertThat(QueryLimits.expensive("\"paix durable\"")).isFalse();
    assertThat(QueryLimits.expensive("mot ".repeat(QueryLimits.CHEAP_TERMS))).isFalse();
    assertThat(QueryLimits.expensive("\"jamais fermé")).isFalse();
    assertThat(QueryLimits.expensive(null)).isFalse();
  }
}
