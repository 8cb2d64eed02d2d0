package org.vigie.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address a request comes from, with and without trusted proxies. */
class ClientAddressTest {
  final ClientAddress proxies = ClientAddress.trusting(List.of("127.0.0.1", "10.0.0.0/8", "::1"));

  @Test
  void withoutTrustedProxiesTheHeadersAreIgnored() {
    ClientAddress direct = ClientAddress.direct();
    assertThat(direct.resolve("127.0.0.1", "for=203.0.113.5", "198.51.100.1"))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void fromAnUntrustedConnectionTheHeadersAreIgnored() {
    assertThat(proxies.resolve("192.0.2.44", null, "198.51.100.1")).isEqualTo("192.0.2.44");
  }

  @Test
  void theFirstUntrustedAddressFromTheRightIsTheClient() {
    // the client wrote 6.6.6.6 itself; our proxies appended what they saw
    assertThat(proxies.resolve("127.0.0.1", null, "6.6.6.6, 198.51.100.1, 10.1.2.3"))
        .isEqualTo("198.51.100.1");
    assertThat(
            proxies.resolve(
                "10.0.0.5",
                "for=6.6.6.6, for=\"[2001:db8::7]:4711\";proto=https, for=10.9.9.9",
                null))
        .isEqualTo("2001:db8::7");
    assertThat(proxies.resolve("::1", "For=203.0.113.9:5555", null)).isEqualTo("203.0.113.9");
  }

  @Test
  void aProxyWithoutHeadersIsItself() {
    assertThat(proxies.resolve("127.0.0.1", null, null)).isEqualTo("127.0.0.1");
    assertThat(proxies.resolve("127.0.0.1", null, "10.0.0.1")).isEqualTo("10.0.0.1");
  }

  @Test
  void rangesAreMatchedBitByBit() {
    ClientAddress odd = ClientAddress.trusting(List.of("192.168.4.0/22", "2001:db8:ab00::/40"));
    assertThat(odd.trusts("192.168.7.255")).isTrue();
    assertThat(odd.trusts("192.168.8.1")).isFalse();
    assertThat(odd.trusts("2001:db8:abff::1")).isTrue();
    assertThat(odd.trusts("2001:db8:ac00::1")).isFalse();
    assertThat(odd.trusts("not-an-address.example")).isFalse();
    assertThat(odd.trusts("999.1.1.1")).isFalse();
  }

  @Test
  void aBadEntryIsNamed() {
    assertThatThrownBy(() -> ClientAddress.trusting(List.of("proxy.local")))
        .hasMessageContaining("'proxy.local'");
    assertThatThrownBy(() -> ClientAddress.trusting(List.of("10.0.0.0/33")))
        .hasMessageContaining("'10.0.0.0/33'");
  }
}
