package org.vigie.archive.access;

import java.util.Locale;

/**
 * What an account may do, each role including the ones before it: a viewer reads; an analyst also
 * exports and keeps alerts; an editor also manages sources and topics; an admin does everything,
 * accounts included.
 */
public enum Role {
  VIEWER,
  ANALYST,
  EDITOR,
  ADMIN;

  /** Whether this role may do what {@code needed} may. */
  public boolean includes(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** Lower-case, as shown and stored. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role named by {@code value} (any case).
   *
   * @throws AccessException when it names none
   */
  public static Role parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new AccessException(
          "unknown role '" + value + "': expected viewer, analyst, editor or admin");
    }
  }
}
