package org.vigie.analytics.influence;

import org.vigie.document.Account;

/**
 * What the posts say about one account: who it is and how its audience reacted.
 *
 * @param key the account's key in the graph ({@link AccountKeys})
 * @param account the most complete description seen (id, handle, name, largest follower count)
 * @param posts how many of its posts were read
 * @param interactions shares + reactions + replies over those posts
 * @param views views over the posts that report them
 * @param postsWithViews how many posts report views
 */
public record AccountProfile(
    String key, Account account, long posts, long interactions, long views, long postsWithViews) {

  /** An account known only by its key, with nothing measured. */
  public static AccountProfile of(String key, Account account) {
    return new AccountProfile(key, account, 0, 0, 0, 0);
  }

  public Long followers() {
    return account == null ? null : account.followers();
  }

  /**
   * Interactions per view over the posts that report views; when none does, interactions per post
   * per follower; {@code null} when neither can be computed.
   */
  public Double engagementRate() {
    if (postsWithViews > 0 && views > 0) {
      return interactions / (double) views;
    }
    Long f = followers();
    if (posts > 0 && f != null && f > 0) {
      return interactions / (double) posts / f;
    }
    return null;
  }
}
