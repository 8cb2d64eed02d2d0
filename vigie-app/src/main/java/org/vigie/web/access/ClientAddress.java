package org.vigie.web.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address a request comes from, for the login throttle and the query limits. Behind a reverse
 * proxy every request comes from the proxy; the proxy says who its client was in {@code Forwarded:
 * for=…} (RFC 7239) or {@code X-Forwarded-For}. Those headers are believed only when the connection
 * comes from a configured proxy ({@code server.trusted-proxies}: addresses or CIDR ranges), and
 * then read from the right, skipping the trusted proxies: the first other address is the client
 * (the ones left of it were written by the client itself and are not believed). Immutable; no name
 * is ever looked up.
 */
public final class ClientAddress {
  private static final Pattern FOR = Pattern.compile("(?i)for=\\s*\"?([^\";,]+)\"?");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private record Range(byte[] network, int bits) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (address[full] & mask) == (network[full] & mask);
    }
  }

  private final List<Range> trusted;

  private ClientAddress(List<Range> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  /** Forwarding headers never believed: the connection's address is the client's. */
  public static ClientAddress direct() {
    return new ClientAddress(List.of());
  }

  /**
   * Believes forwarding headers from these proxies ({@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code
   * ::1}…).
   *
   * @throws IllegalArgumentException naming an entry that is not an address or a range
   */
  public static ClientAddress trusting(List<String> proxies) {
    List<Range> ranges = new ArrayList<>();
    for (String p : proxies) {
      String entry = p.strip();
      if (!entry.isEmpty()) {
        ranges.add(range(entry));
      }
    }
    return new ClientAddress(ranges);
  }

  /** Whether any proxy is trusted. */
  public boolean behindProxy() {
    return !trusted.isEmpty();
  }

  /** Whether the connection's address is a trusted proxy (so its forwarding headers count). */
  public boolean trusts(String remote) {
    byte[] bytes = literal(remote);
    return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
  }

  /**
   * The client's address.
   *
   * @param remote the connection's address
   * @param forwarded the {@code Forwarded} header, or null
   * @param forwardedFor the {@code X-Forwarded-For} header, or null
   */
  public String resolve(String remote, String forwarded, String forwardedFor) {
    if (!trusts(remote)) {
      return remote;
    }
    List<String> chain = forwarded != null ? forwardedChain(forwarded) : listChain(forwardedFor);
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (!trusts(chain.get(i))) {
        return chain.get(i);
      }
    }
    return chain.isEmpty() ? remote : chain.getFirst();
  }

  private static List<String> forwardedChain(String header) {
    List<String> chain = new ArrayList<>();
    Matcher m = FOR.matcher(header);
    while (m.find()) {
      chain.add(clean(m.group(1)));
    }
    return chain;
  }

  private static List<String> listChain(String header) {
    List<String> chain = new ArrayList<>();
    if (header != null) {
      for (String part : header.split(",")) {
        if (!part.isBlank()) {
          chain.add(clean(part));
        }
      }
    }
    return chain;
  }

  /** {@code [2001:db8::1]:4711} → {@code 2001:db8::1}; {@code 192.0.2.1:80} → {@code 192.0.2.1}. */
  private static String clean(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith("[")) {
      int end = v.indexOf(']');
      return end > 0 ? v.substring(1, end) : v;
    }
    int colon = v.indexOf(':');
    return colon > 0 && colon == v.lastIndexOf(':') ? v.substring(0, colon) : v;
  }

  private static Range range(String entry) {
    int slash = entry.indexOf('/');
    String address = slash < 0 ? entry : entry.substring(0, slash);
    byte[] bytes = literal(address);
    if (bytes == null) {
      throw new IllegalArgumentException(
          "bad trusted proxy '" + entry + "': an IP address or a range such as 10.0.0.0/8");
    }
    int bits = bytes.length * 8;
    if (slash >= 0) {
      try {
        bits = Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException e) {
        bits = -1;
      }
      if (bits < 0 || bits > bytes.length * 8) {
        throw new IllegalArgumentException(
            "bad trusted proxy '" + entry + "': the prefix length is 0 to " + bytes.length * 8);
      }
    }
    return new Range(bytes, bits);
  }

  /** The bytes of an IP literal, or null for anything else (never a name lookup). */
  static byte[] literal(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    boolean v4 =
        IPV4.matcher(t).matches()
            && java.util.Arrays.stream(t.split("\\.")).allMatch(o -> Integer.parseInt(o) < 256);
    boolean v6 = t.indexOf(':') >= 0 && t.matches("[0-9a-fA-F:.]+");
    if (!v4 && !v6) {
      return null;
    }
    try {
      byte[] bytes = InetAddress.getByName(t).getAddress();
      return bytes.length == 16 && isMappedV4(bytes)
          ? java.util.Arrays.copyOfRange(bytes, 12, 16)
          : bytes;
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static boolean isMappedV4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }
}
