package org.vigie.archive.access;

import java.time.Instant;

/**
 * An API token as listed: never its secret, which is shown once at creation and stored hashed.
 *
 * @param id its number
 * @param user the account it acts as
 * @param label what the owner called it
 * @param created when it was created
 * @param lastUsed when it last authenticated a request, or null
 */
public record ApiToken(long id, String user, String label, Instant created, Instant lastUsed) {

  /** A token just created, with its secret ({@code vigie_…}), to be shown once. */
  public record Created(ApiToken token, String secret) {}
}
