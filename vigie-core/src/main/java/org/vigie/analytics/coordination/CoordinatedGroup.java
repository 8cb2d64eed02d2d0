package org.vigie.analytics.coordination;

import java.util.List;
import java.util.Set;

/**
 * Accounts that act together: a connected component or a community of the coordinated network.
 *
 * @param accounts members, the most coordinated first
 * @param objects the objects their coordinated shares pushed, in string order
 * @param firstShare time of the earliest coordinated share of a member
 * @param lastShare time of the latest
 * @param kinds kinds of the pushed objects
 * @param platforms platforms of the coordinated shares (empty names left out)
 */
public record CoordinatedGroup(
    List<Member> accounts,
    List<String> objects,
    long firstShare,
    long lastShare,
    Set<ObjectKind> kinds,
    Set<String> platforms) {

  /**
   * A member of a group.
   *
   * @param shares the account's shares in the log (identical ones once)
   * @param coordinatedShares those in kept pairs
   */
  public record Member(String account, int shares, int coordinatedShares) {
    /** The part of the account's posts that were coordinated, 0 to 1. */
    public double coordinatedFraction() {
      return shares == 0 ? 0 : coordinatedShares / (double) shares;
    }
  }

  public int size() {
    return accounts.size();
  }
}
