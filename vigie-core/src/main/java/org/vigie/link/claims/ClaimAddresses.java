package org.vigie.link.claims;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The form in which two addresses of the same page or picture compare equal: lower-case host
 * without {@code www.} or {@code m.}, any scheme, no fragment, no tracking parameters ({@code
 * utm_…}, {@code fbclid}), no trailing slash. Pure functions.
 */
final class ClaimAddresses {
  private ClaimAddresses() {}

  /** The comparable form, or {@code null} for what is not an absolute address. */
  static String key(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(address.strip());
      if (u.getHost() == null) {
        return null;
      }
      String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www|m|mobile)\\.", "");
      String path = u.getRawPath() == null ? "" : u.getRawPath().replaceFirst("/+$", "");
      String query = query(u.getRawQuery());
      return host + path + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String query(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder();
    for (String p : raw.split("&")) {
      String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (name.startsWith("utm_") || name.equals("fbclid") || name.equals("igshid")) {
        continue;
      }
      kept.append(kept.isEmpty() ? "" : "&").append(p);
    }
    return kept.toString();
  }
}
