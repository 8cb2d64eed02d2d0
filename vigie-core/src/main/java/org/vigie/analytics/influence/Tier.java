package org.vigie.analytics.influence;

/** Where an account's PageRank puts it among the accounts of its graph. */
public enum Tier {
  /** The top 1 % (at least one account). */
  TOP_1,
  /** From 1 % to 20 %. */
  TOP_20,
  /** From 20 % to 50 %. */
  TOP_50,
  /** The lower half. */
  REST;

  /** The tier of the account at 0-based {@code position} among {@code count}. */
  public static Tier of(int position, int count) {
    if (position < Math.ceil(count * 0.01)) {
      return TOP_1;
    }
    if (position < Math.ceil(count * 0.20)) {
      return TOP_20;
    }
    return position < Math.ceil(count * 0.50) ? TOP_50 : REST;
  }
}
