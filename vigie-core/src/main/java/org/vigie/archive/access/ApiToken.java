package org.vigie.archive.access;

import java.time.Instant;
import java.util.Locale;

/**
 * An API token as listed: never its secret, which is shown once at creation and stored hashed.
 *
 * @param id its number
 * @param user the account it acts as
 * @param label what the owner called it
 * @param created when it was created
 * @param lastUsed when it last authenticated a request, or null
 * @param expires when it stops working, or null (never)
 * @param scope what it may do on behalf of its account
 */
public record ApiToken(
    long id,
    String user,
    String label,
    Instant created,
    Instant lastUsed,
    Instant expires,
    Scope scope) {

  /** What a token may do. */
  public enum Scope {
    /** Whatever its account may do. */
    FULL,
    /** Reads only (GET, HEAD): every write is refused, whatever its account's role. */
    READ;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code full} or {@code read}.
     *
     * @throws AccessException naming the bad value
     */
    public static Scope parse(String code) {
      for (Scope s : values()) {
        if (s.code().equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))) {
          return s;
        }
      }
      throw new AccessException("bad token scope '" + code + "': expected full or read");
    }
  }

  /** Whether it no longer works at {@code now}. */
  public boolean expiredAt(Instant now) {
    return expires != null && !now.isBefore(expires);
  }

  /** A token just created, with its secret ({@code vigie_…}), to be shown once. */
  public record Created(ApiToken token, String secret) {}

  /** A request's token and the account it acts as. */
  public record Bearer(User user, ApiToken token) {}
}
