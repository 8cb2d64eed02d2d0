package org.vigie.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The demo's guards against DNS rebinding and lasting changes. */
class DemoGuardTest {
  @Test
  void onlyLoopbackNamesAreThisMachine() {
    assertThat(DemoGuard.isLoopback("localhost:7070")).isTrue();
    assertThat(DemoGuard.isLoopback("127.0.0.1:7070")).isTrue();
    assertThat(DemoGuard.isLoopback("[::1]:7070")).isTrue();
    assertThat(DemoGuard.isLoopback("LOCALHOST")).isTrue();
    assertThat(DemoGuard.isLoopback("attacker.example:7070")).isFalse();
    assertThat(DemoGuard.isLoopback("localhost.attacker.example")).isFalse();
    assertThat(DemoGuard.isLoopback("127.0.0.1.nip.io:7070")).isFalse();
    assertThat(DemoGuard.isLoopback("localhost:70x")).isFalse();
    assertThat(DemoGuard.isLoopback("")).isFalse();
    assertThat(DemoGuard.isLoopback(null)).isFalse();
  }

  @Test
  void lastingWritesAreRefusedReadsAndOtherWritesAreNot() {
    for (String path :
        new String[] {
          "/api/users",
          "/admin/users",
          "/admin/users/x/password",
          "/api/tokens",
          "/account/tokens",
          "/account/password"
        }) {
      assertThatThrownBy(() -> DemoGuard.refusePersistentWrite("POST", path))
          .as(path)
          .hasMessageContaining("real account");
    }
    assertThatCode(() -> DemoGuard.refusePersistentWrite("GET", "/admin/users"))
        .doesNotThrowAnyException();
    assertThatCode(() -> DemoGuard.refusePersistentWrite("POST", "/topics"))
        .doesNotThrowAnyException();
  }
}
