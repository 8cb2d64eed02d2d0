package org.vigie.web.access;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.archive.access.Role;

/**
 * The one table that says who may call what: the first rule whose methods and path match a request
 * decides. Routes nobody listed fall to the last two rules (reads need a viewer, writes an admin),
 * so a route added later is protected without its author doing anything; list it here to open it
 * wider.
 */
public final class AccessRules {
  /** Methods that change something and so need a CSRF token from a browser session. */
  public static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final Set<String> ANY = Set.of();

  /**
   * One line of the table.
   *
   * @param methods the methods it covers (empty: all)
   * @param path a path prefix ({@code /a} covers {@code /a} and {@code /a/…}); {@code /} alone
   *     covers only the search page; {@code *} covers every path
   * @param role the least role needed, or null when anyone may (signed in or not)
   * @param publicRead whether anonymous readers may too in public mode ({@code serve --public})
   */
  public record Rule(Set<String> methods, String path, Role role, boolean publicRead) {
    boolean matches(String method, String requestPath) {
      if (!methods.isEmpty() && !methods.contains(method)) {
        return false;
      }
      return switch (path) {
        case "*" -> true;
        case "/" -> requestPath.equals("/");
        default -> requestPath.equals(path) || requestPath.startsWith(path + "/");
      };
    }

    public boolean anyone() {
      return role == null;
    }
  }

  private static Rule anyone(Set<String> methods, String path) {
    return new Rule(methods, path, null, true);
  }

  private static Rule rule(Set<String> methods, String path, Role role) {
    return new Rule(methods, path, role, false);
  }

  private static Rule publicRead(String path) {
    return new Rule(READS, path, Role.VIEWER, true);
  }

  /** The table, most specific first. */
  public static final List<Rule> TABLE =
      List.of(
          anyone(ANY, "/login"),
          anyone(READS, "/assets"),
          anyone(READS, "/health"),
          rule(ANY, "/logout", Role.VIEWER),
          rule(ANY, "/account", Role.VIEWER),
          rule(ANY, "/api/me", Role.VIEWER),
          rule(ANY, "/api/tokens", Role.VIEWER),
          rule(ANY, "/admin", Role.ADMIN),
          rule(ANY, "/api/users", Role.ADMIN),
          rule(ANY, "/api/admin", Role.ADMIN),
          rule(READS, "/export", Role.ANALYST),
          rule(READS, "/api/export", Role.ANALYST),
          anyone(READS, "/alerts/feed"),
          rule(ANY, "/alerts", Role.ANALYST),
          rule(ANY, "/api/alerts", Role.ANALYST),
          rule(ANY, "/api/notifications", Role.ANALYST),
          rule(WRITES, "/accounts", Role.EDITOR),
          rule(WRITES, "/actors", Role.EDITOR),
          rule(WRITES, "/influence", Role.ANALYST),
          rule(WRITES, "/api/influence", Role.ANALYST),
          rule(ANY, "/coordination", Role.ANALYST),
          rule(ANY, "/api/coordination", Role.ANALYST),
          rule(WRITES, "/sources", Role.EDITOR),
          rule(WRITES, "/api/sources", Role.EDITOR),
          rule(WRITES, "/topics", Role.EDITOR),
          rule(WRITES, "/api/topics", Role.EDITOR),
          // review queue (issue 16): viewers read it, analysts decide, editors set the threshold
          rule(READS, "/api/review/decisions", Role.ANALYST),
          rule(WRITES, "/api/review/threshold", Role.EDITOR),
          rule(WRITES, "/review", Role.ANALYST),
          rule(WRITES, "/api/review", Role.ANALYST),
          // harmful speech (issue 16): labelling texts and the flagged documents' summary
          rule(ANY, "/api/harm", Role.ANALYST),
          // reports (issue 18)
          rule(ANY, "/reports", Role.ANALYST),
          rule(ANY, "/api/reports", Role.ANALYST),
          publicRead("/"),
          publicRead("/documents"),
          publicRead("/api/search"),
          publicRead("/api/documents"),
          rule(READS, "*", Role.VIEWER),
          rule(ANY, "*", Role.ADMIN));

  private AccessRules() {}

  /** The rule that decides a request. */
  public static Rule ruleFor(String method, String path) {
    String m = method.toUpperCase(Locale.ROOT);
    for (Rule r : TABLE) {
      if (r.matches(m, path)) {
        return r;
      }
    }
    throw new IllegalStateException("the access table has no catch-all rule");
  }
}
