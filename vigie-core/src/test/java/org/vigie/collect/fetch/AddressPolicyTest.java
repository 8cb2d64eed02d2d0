package org.vigie.collect.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.document.ErrorCause;

class AddressPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "0.0.0.0",
        "::",
        "10.0.0.1",
        "10.255.1.2",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.1",
        "169.254.169.254",
        "fe80::1",
        "100.64.0.1",
        "100.127.255.255",
        "fc00::1",
        "fd12:3456:789a::1",
        "fec0::1",
        "224.0.0.1",
        "ff02::1",
        "255.255.255.255",
        "::ffff:10.0.0.1",
        "64:ff9b::a00:1",
        "2002:c0a8:0101::1",
        "192.0.0.8",
        "192.0.2.44",
        "198.18.0.1",
        "198.19.255.254",
        "198.51.100.7",
        "203.0.113.200",
        "2001:db8::1"
      })
  void forbiddenAddresses(String literal) throws UnknownHostException {
    assertThat(AddressPolicy.isForbidden(InetAddress.getByName(literal))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "41.73.112.10",
        "100.63.255.255",
        "100.128.0.1",
        "172.15.255.255",
        "172.32.0.1",
        "2001:4860:4860::8888",
        "2c0f:f248::1",
        "::ffff:41.73.112.10"
      })
  void publicAddresses(String literal) throws UnknownHostException {
    assertThat(AddressPolicy.isForbidden(InetAddress.getByName(literal))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost/",
        "http://127.0.0.1:8080/feed.xml",
        "http://[::1]/",
        "https://10.1.2.3/intranet",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00::5]:9200/"
      })
  void urlsOnInternalAddressesAreRefused(String url) {
    assertThatThrownBy(() -> AddressPolicy.publicOnly().check(URI.create(url)))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(ErrorCause.FORBIDDEN_ADDRESS))
        .hasMessageContaining("loopback, private");
  }

  @Test
  void theMachinesOwnAddressesAreRefused() throws Exception {
    java.util.List<InetAddress> own = new java.util.ArrayList<>();
    for (java.net.NetworkInterface nic :
        java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
      java.util.Collections.list(nic.getInetAddresses()).stream()
          .filter(a -> !AddressPolicy.isForbidden(a))
          .forEach(own::add);
    }
    org.junit.jupiter.api.Assumptions.assumeFalse(
        own.isEmpty(), "this machine has no public interface address: nothing to check");
    InetAddress mine = own.getFirst();
    AddressPolicy policy = new AddressPolicy(false, host -> new InetAddress[] {mine});
    assertThatThrownBy(() -> policy.check(URI.create("http://my-own-host.example/")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(ErrorCause.FORBIDDEN_ADDRESS))
        .hasMessageContaining(mine.getHostAddress());
  }

  @Test
  void everyAddressOfThisMachinesInterfacesIsKnownAsItsOwn() throws Exception {
    List<InetAddress> all = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      all.addAll(Collections.list(nic.getInetAddresses()));
    }
    assertThat(all).isNotEmpty().allMatch(OwnAddresses::contains);
    assertThat(OwnAddresses.contains(InetAddress.getByName("41.73.112.10"))).isFalse();
  }

  @Test
  void aPublicAddressOfThisMachineIsRefusedLikeAPrivateOne() throws Exception {
    InetAddress mine = InetAddress.getByName("41.73.112.10");
    AddressPolicy policy = new AddressPolicy(false, host -> new InetAddress[] {mine}, mine::equals);
    assertThatThrownBy(() -> policy.check(URI.create("http://vigie.example.org/")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(ErrorCause.FORBIDDEN_ADDRESS))
        .hasMessageContaining("41.73.112.10")
        .hasMessageContaining("own address");
    assertThatThrownBy(() -> policy.check(URI.create("http://41.73.112.10:8080/")))
        .isInstanceOf(FetchException.class);
    AddressPolicy elsewhere =
        new AddressPolicy(false, host -> new InetAddress[] {mine}, a -> false);
    assertThat(elsewhere.check(URI.create("http://vigie.example.org/"))).containsExactly(mine);
  }

  @Test
  void publicIpv6LiteralUrlsAreFetchableUrls() throws Exception {
    assertThat(new UrlNormalizer().normalize("HTTP://[2001:4860:4860::8888]:80/flux?utm_source=x"))
        .isEqualTo("http://[2001:4860:4860::8888]/flux");
    AddressPolicy policy =
        new AddressPolicy(false, host -> new InetAddress[] {InetAddress.getByName(host)});
    assertThat(policy.check(URI.create("http://[2001:4860:4860::8888]/flux"))).hasSize(1);
  }

  @Test
  void theSameUrlsPassWhenTheSourceAllowsPrivateAddresses() throws FetchException {
    AddressPolicy allowing = AddressPolicy.allowingPrivate();
    assertThat(allowing.check(URI.create("http://127.0.0.1:8080/feed.xml"))).isNotEmpty();
    assertThat(allowing.check(URI.create("http://[::1]/"))).isNotEmpty();
    assertThat(allowing.check(URI.create("http://10.1.2.3/"))).isNotEmpty();
  }

  @Test
  void aHostWithOneInternalAddressAmongPublicOnesIsRefused() throws Exception {
    AddressPolicy policy =
        new AddressPolicy(
            false,
            host ->
                new InetAddress[] {
                  InetAddress.getByName("41.73.112.10"), InetAddress.getByName("10.0.0.7")
                });
    assertThatThrownBy(() -> policy.check(URI.create("http://mixed.example/")))
        .hasMessageContaining("10.0.0.7");
  }

  @Test
  void aPublicHostPasses() throws Exception {
    AddressPolicy policy =
        new AddressPolicy(false, host -> new InetAddress[] {InetAddress.getByName("41.73.112.10")});
    assertThat(policy.check(URI.create("https://www.studiotamani.org/feed")))
        .containsExactly(InetAddress.getByName("41.73.112.10"));
  }

  @Test
  void anUnknownHostIsANetworkError() {
    AddressPolicy policy =
        new AddressPolicy(
            false,
            host -> {
              throw new UnknownHostException(host);
            });
    assertThatThrownBy(() -> policy.check(URI.create("http://nowhere.invalid/")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(ErrorCause.NETWORK));
  }
}
