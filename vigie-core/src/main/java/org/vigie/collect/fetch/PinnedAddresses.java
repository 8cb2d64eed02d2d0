package org.vigie.collect.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Makes the fetcher connect to the addresses the {@link AddressPolicy} checked, not to what the
 * host name resolves to a moment later (DNS rebinding): a host checked by the policy is pinned to
 * its checked addresses for {@link #PIN_MILLIS}, and this JVM-wide resolver (installed through
 * {@code META-INF/services/java.net.spi.InetAddressResolverProvider}) answers the HTTP client's own
 * lookup from the pin. Hosts never checked are resolved by the JDK's resolver as usual.
 */
public final class PinnedAddresses extends InetAddressResolverProvider {
  /** How long a checked host keeps its addresses: longer than one fetch with its redirects. */
  static final long PIN_MILLIS = 60_000;

  private record Pin(List<InetAddress> addresses, long until) {}

  private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();
  private static volatile InetAddressResolver builtin;

  @Override
  public InetAddressResolver get(Configuration configuration) {
    builtin = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
          throws UnknownHostException {
        Pin pin = PINS.get(host.toLowerCase(Locale.ROOT));
        if (pin != null && pin.until() > System.currentTimeMillis()) {
          return pin.addresses().stream().filter(a -> accepts(policy, a));
        }
        return configuration.builtinResolver().lookupByName(host, policy);
      }

      @Override
      public String lookupByAddress(byte[] address) throws UnknownHostException {
        return configuration.builtinResolver().lookupByAddress(address);
      }
    };
  }

  @Override
  public String name() {
    return "vigie-pinned-addresses";
  }

  /** The host's addresses as the JDK's own resolver sees them now, ignoring any pin. */
  static InetAddress[] resolveFresh(String host) throws UnknownHostException {
    InetAddressResolver resolver = builtin;
    if (resolver == null) { // this provider was not installed: plain resolution
      return InetAddress.getAllByName(host);
    }
    return resolver
        .lookupByName(
            host,
            InetAddressResolver.LookupPolicy.of(
                InetAddressResolver.LookupPolicy.IPV4 | InetAddressResolver.LookupPolicy.IPV6))
        .toArray(InetAddress[]::new);
  }

  /** Pins a checked host to its checked addresses (literal addresses need no pin). */
  static void pin(String host, InetAddress[] addresses) {
    if (addresses.length > 0) {
      PINS.put(
          host.toLowerCase(Locale.ROOT),
          new Pin(List.copyOf(Arrays.asList(addresses)), System.currentTimeMillis() + PIN_MILLIS));
    }
  }

  private static boolean accepts(InetAddressResolver.LookupPolicy policy, InetAddress a) {
    int c = policy.characteristics();
    boolean v4 = (c & InetAddressResolver.LookupPolicy.IPV4) != 0;
    boolean v6 = (c & InetAddressResolver.LookupPolicy.IPV6) != 0;
    return a instanceof java.net.Inet4Address ? v4 || !v6 : v6 || !v4;
  }
}
