package org.vigie.web.access;

import java.time.Duration;
import java.time.Instant;
import org.vigie.archive.access.AccessException;
import org.vigie.archive.access.ApiToken;

/**
 * What a new API token is asked to be, from the account page's form or the API's JSON: its label,
 * its scope ({@code full} or {@code read}) and how many days it works (blank: no expiry).
 */
record TokenRequest(String label, ApiToken.Scope scope, Instant expires) {
  static final int MAX_DAYS = 3650;

  /**
   * @throws AccessException naming a bad scope or number of days
   */
  static TokenRequest of(String label, String scope, String days, Instant now) {
    ApiToken.Scope s =
        scope == null || scope.isBlank() ? ApiToken.Scope.FULL : ApiToken.Scope.parse(scope);
    return new TokenRequest(label, s, expiry(days, now));
  }

  private static Instant expiry(String days, Instant now) {
    if (days == null || days.isBlank()) {
      return null;
    }
    int n;
    try {
      n = Integer.parseInt(days.strip());
    } catch (NumberFormatException e) {
      throw new AccessException("bad number of days '" + days + "': a whole number expected");
    }
    if (n < 1 || n > MAX_DAYS) {
      throw new AccessException(
          "a token works for 1 to " + MAX_DAYS + " days, not " + n + " (leave blank: no expiry)");
    }
    return now.plus(Duration.ofDays(n));
  }
}
