package org.vigie.web.page;

import org.vigie.archive.access.Role;

/**
 * Who is making the current request: an account (by session or API token) or nobody.
 *
 * @param name the account name, or null when anonymous
 * @param role what it may do, or null when anonymous
 * @param mustChangePassword whether it must choose a new password before anything else
 * @param csrf the session's anti-forgery token, or null (no session, or an API token)
 * @param bearer whether it authenticated with an API token (no cookie, so no CSRF check)
 */
public record Viewer(
    String name, Role role, boolean mustChangePassword, String csrf, boolean bearer) {
  public static final Viewer ANONYMOUS = new Viewer(null, null, false, null, false);

  private static final ThreadLocal<Viewer> CURRENT = new ThreadLocal<>();

  public boolean signedIn() {
    return name != null;
  }

  /** Whether this viewer holds at least {@code role}. */
  public boolean may(Role needed) {
    return role != null && role.includes(needed);
  }

  /**
   * The viewer of the request this thread is handling (Javalin runs a request's handlers on one
   * thread), so that every page's frame shows who is signed in and carries the CSRF token without
   * each handler passing them along; anonymous outside a request.
   */
  public static Viewer current() {
    Viewer v = CURRENT.get();
    return v == null ? ANONYMOUS : v;
  }

  /** Set by the access check ({@code AccessControl}) for the request this thread handles. */
  public static void setCurrent(Viewer viewer) {
    CURRENT.set(viewer);
  }

  /** Cleared by the access check once the request is done. */
  public static void clearCurrent() {
    CURRENT.remove();
  }
}
