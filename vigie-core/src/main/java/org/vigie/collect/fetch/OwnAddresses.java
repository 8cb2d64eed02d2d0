package org.vigie.collect.fetch;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The addresses of this machine's own network interfaces, read again at most once a minute (an
 * interface can come up while a server runs). A public fetch must not reach them: it would reach
 * Vigie itself and any service listening on all interfaces.
 */
final class OwnAddresses {
  private static final long REFRESH_MILLIS = 60_000;
  private static volatile Set<InetAddress> addresses = Set.of();
  private static volatile long readAt;

  private OwnAddresses() {}

  static boolean contains(InetAddress address) {
    long now = System.currentTimeMillis();
    if (now - readAt > REFRESH_MILLIS) {
      addresses = read();
      readAt = now;
    }
    return addresses.contains(address);
  }

  private static Set<InetAddress> read() {
    Set<InetAddress> all = new HashSet<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        all.addAll(Collections.list(nic.getInetAddresses()));
      }
    } catch (SocketException e) {
      // no interface list: the other rules still apply
    }
    return Set.copyOf(all);
  }
}
