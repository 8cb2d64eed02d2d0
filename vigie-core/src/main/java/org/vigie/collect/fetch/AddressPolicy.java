package org.vigie.collect.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.vigie.document.ErrorCause;

/**
 * Decides which hosts the fetcher may connect to. Unless private addresses are allowed (an intranet
 * source, a test server), a host is refused when <em>any</em> of its resolved addresses is
 * loopback, unspecified, private (RFC 1918, IPv6 unique local {@code fc00::/7}, site-local {@code
 * fec0::/10}), link-local, multicast, carrier-grade NAT ({@code 100.64.0.0/10}), {@code 0.0.0.0/8},
 * IETF protocol assignments ({@code 192.0.0.0/24}), documentation ({@code 192.0.2.0/24}, {@code
 * 198.51.100.0/24}, {@code 203.0.113.0/24}, {@code 2001:db8::/32}), benchmarking ({@code
 * 198.18.0.0/15}), broadcast, or an address of one of this machine's own interfaces (a crawl of the
 * host's public address would otherwise reach Vigie itself and every service bound to {@code
 * 0.0.0.0}); IPv4 addresses embedded in IPv6 (mapped, NAT64 {@code 64:ff9b::/96}, 6to4 {@code
 * 2002::/16}) are judged by their IPv4 part.
 *
 * <p>The addresses checked are the ones connected to: a checked host is pinned to them ({@link
 * PinnedAddresses}), so a DNS answer that changes between the check and the connection (DNS
 * rebinding) is not followed.
 */
public final class AddressPolicy {

  /** Resolves a host name to its addresses (the system resolver by default). */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final Resolver resolver;
  private final Predicate<InetAddress> own;

  public AddressPolicy(boolean allowPrivate, Resolver resolver) {
    this(allowPrivate, resolver, OwnAddresses::contains);
  }

  /** A policy with its own idea of this machine's addresses (tests of a public interface). */
  AddressPolicy(boolean allowPrivate, Resolver resolver, Predicate<InetAddress> own) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
    this.own = own;
  }

  /** Public addresses only, with the system resolver. */
  public static AddressPolicy publicOnly() {
    return new AddressPolicy(false, PinnedAddresses::resolveFresh);
  }

  /** Any address, for sources that allow private ones (tests, intranet sites). */
  public static AddressPolicy allowingPrivate() {
    return new AddressPolicy(true, PinnedAddresses::resolveFresh);
  }

  public boolean allowsPrivate() {
    return allowPrivate;
  }

  /**
   * Resolves {@code uri}'s host and returns its addresses.
   *
   * @throws FetchException {@link ErrorCause#FORBIDDEN_ADDRESS} when an address is forbidden,
   *     {@link ErrorCause#NETWORK} when the host does not resolve, {@link ErrorCause#BAD_URL} when
   *     the URI has no host
   */
  public List<InetAddress> check(URI uri) throws FetchException {
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(uri.toString(), ErrorCause.BAD_URL, "URL has no host: " + uri);
    }
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(bare.toLowerCase(Locale.ROOT));
    } catch (UnknownHostException e) {
      throw new FetchException(
          uri.toString(), ErrorCause.NETWORK, "unknown host '" + host + "'", 0, e);
    }
    if (!allowPrivate) {
      for (InetAddress address : addresses) {
        if (isForbidden(address) || own.test(address)) {
          throw new FetchException(
              uri.toString(),
              ErrorCause.FORBIDDEN_ADDRESS,
              "host '"
                  + host
                  + "' resolves to "
                  + address.getHostAddress()
                  + ", a loopback, private, reserved or this machine's own address (the source"
                  + " does not allow them)");
        }
      }
    }
    PinnedAddresses.pin(bare, addresses);
    return List.of(addresses);
  }

  /** Whether {@code address} is one a public fetch must never reach. */
  public static boolean isForbidden(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isForbiddenIpv4(b);
    }
    if (address instanceof Inet6Address) {
      return isForbiddenIpv6(b);
    }
    return true;
  }

  private static boolean isForbiddenIpv4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 // 0.0.0.0/8 "this network"
        || first == 10
        || first == 127
        || (first == 100 && second >= 64 && second <= 127) // CGNAT 100.64.0.0/10
        || (first == 169 && second == 254)
        || (first == 172 && second >= 16 && second <= 31)
        || (first == 192 && second == 168)
        || (first == 192 && second == 0 && (b[2] == 0 || b[2] == 2)) // 192.0.0/24, 192.0.2/24
        || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18.0.0/15
        || (first == 198 && second == 51 && (b[2] & 0xff) == 100) // documentation
        || (first == 203 && second == 0 && (b[2] & 0xff) == 113) // documentation
        || first >= 224; // multicast, reserved, broadcast
  }

  private static boolean isForbiddenIpv6(byte[] b) {
    int first = b[0] & 0xff;
    if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
      return true;
    }
    if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
      return true; // 2001:db8::/32 documentation
    }
    if (first == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4 2002:V4ADDR::/48
      return isForbiddenIpv4(new byte[] {b[2], b[3], b[4], b[5]});
    }
    if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) { // ::ffff:a.b.c.d
      return isForbiddenIpv4(last4(b));
    }
    if (isNat64(b) || isZero(b, 0, 12)) { // 64:ff9b::/96, ::a.b.c.d (deprecated compatible)
      return isForbiddenIpv4(last4(b));
    }
    return false;
  }

  private static boolean isNat64(byte[] b) {
    return b[0] == 0
        && (b[1] & 0xff) == 0x64
        && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b
        && isZero(b, 4, 12);
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] last4(byte[] b) {
    return new byte[] {b[12], b[13], b[14], b[15]};
  }
}
