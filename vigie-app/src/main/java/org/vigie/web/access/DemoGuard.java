package org.vigie.web.access;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What keeps {@code vigie demo} on this machine. Every visitor of the demo is its built-in admin,
 * so a page from elsewhere must not reach it: through DNS rebinding a site's name comes to point at
 * 127.0.0.1 and the browser sends that site's name as {@code Host}; only the loopback names are
 * answered. And the implicit admin may look at everything but not create what outlives the demo
 * (accounts, API tokens, passwords) — that needs a real login.
 */
final class DemoGuard {
  /** The names a loopback listener is reached by (with any port). */
  static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  /** The writes the implicit demo admin may not make. */
  static final List<String> PERSISTENT_WRITES =
      List.of("/api/users", "/admin/users", "/api/tokens", "/account/tokens", "/account/password");

  private DemoGuard() {}

  /** Refuses a request whose {@code Host} is not a loopback name. */
  static void checkHost(Context ctx) {
    String host = ctx.header("Host");
    if (!isLoopback(host)) {
      throw new ForbiddenResponse(
          "the demo answers only on this machine (localhost, 127.0.0.1 or [::1]), not for the"
              + " host '"
              + host
              + "'");
    }
  }

  /** Whether a {@code Host} header names this machine's loopback interface. */
  static boolean isLoopback(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    int colon = h.startsWith("[") ? h.indexOf(']') + 1 : h.indexOf(':');
    String name = colon > 0 && colon < h.length() ? h.substring(0, colon) : h;
    if (colon > 0 && colon < h.length() && !h.substring(colon + 1).matches("\\d{1,5}")) {
      return false;
    }
    return LOOPBACK_HOSTS.contains(name);
  }

  /** Refuses the implicit demo admin's writes that would outlive the demo. */
  static void refusePersistentWrite(String method, String path) {
    boolean write = AccessRules.WRITES.contains(method);
    boolean persistent =
        PERSISTENT_WRITES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    if (write && persistent) {
      throw new ForbiddenResponse(
          "the demo visitor may not create accounts, API tokens or passwords: sign in with a"
              + " real account");
    }
  }
}
