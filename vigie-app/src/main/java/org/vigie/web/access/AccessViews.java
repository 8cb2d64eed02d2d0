package org.vigie.web.access;

import java.util.List;
import org.vigie.web.page.Chrome;

/** What the account pages show, computed in Java so that the templates stay plain. */
public final class AccessViews {
  private AccessViews() {}

  /** The login form; {@code next} is where a successful login goes. */
  public record Login(Chrome chrome, String next, String error, String csrf) {}

  /** The password form; {@code forced} when the account must change it before anything else. */
  public record Password(Chrome chrome, boolean forced, String error, String csrf) {}

  /**
   * A token as listed: label, dates in the reader's language (its last use, when it stops), its
   * scope, whether it has expired; the link that revokes it.
   */
  public record TokenRow(
      long id,
      String label,
      String user,
      String created,
      String lastUsed,
      String expires,
      String scope,
      boolean expired) {}

  /** The reader's account: its tokens, and a new token's secret shown once. */
  public record Account(
      Chrome chrome,
      String name,
      String role,
      List<TokenRow> tokens,
      String newSecret,
      String error,
      String csrf) {}

  /** An account as listed to an admin. */
  public record UserRow(String name, String role, String created, boolean mustChange) {}

  /** The admin's list of accounts; {@code notice} carries a new or reset password, shown once. */
  public record Users(
      Chrome chrome,
      List<UserRow> users,
      List<String> roles,
      String notice,
      String error,
      String csrf) {}
}
