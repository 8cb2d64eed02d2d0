package org.vigie.analytics.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic share log with planted coordinated groups, in the manner of CooRTweet's {@code
 * simulate_data}: background accounts share objects at random times, objects' popularity is heavy
 * tailed (object {@code k} drawn with probability about 1/k), and groups of accounts share the same
 * objects within a few seconds of each other. Optionally one viral object gets many shares within
 * an hour, from accounts seen only there (casual sharers) and from active ones. Used by tests
 * (recall and precision against the planted truth) and benchmarks (millions of shares).
 *
 * @param accounts background accounts, numbered from 0
 * @param objects objects of the background catalogue
 * @param shares background shares
 * @param spanSeconds background times are uniform over this span
 * @param groups planted groups
 * @param groupSize accounts per group (after the background accounts)
 * @param groupObjects objects each group pushes
 * @param groupSpread seconds within which a group's shares of one object fall
 * @param groupParticipation the chance a member shares each of the group's objects
 * @param viralShares shares of the viral object (0: none), within one hour
 * @param viralActiveFraction the part of the viral shares made by background accounts
 */
public record SimulatedShareLog(
    int accounts,
    int objects,
    long shares,
    long spanSeconds,
    int groups,
    int groupSize,
    int groupObjects,
    int groupSpread,
    double groupParticipation,
    int viralShares,
    double viralActiveFraction) {

  /** The log and the accounts of each planted group (their ids in the log). */
  public record Generated(ShareLog log, List<List<Integer>> groups) {}

  /** Generates the log; the same seed gives the same log. */
  public Generated generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ShareLog log = new ShareLog();
    int content = 0;
    int viralObject = objects;
    for (long s = 0; s < shares; s++) {
      log.addNumbered(
          random.nextInt(accounts), popular(random), content++, random.nextLong(spanSeconds));
    }
    List<List<Integer>> planted = new ArrayList<>();
    int next = accounts;
    for (int g = 0; g < groups; g++) {
      List<Integer> members = new ArrayList<>();
      for (int m = 0; m < groupSize; m++) {
        members.add(next++);
      }
      planted.add(List.copyOf(members));
      for (int k = 0; k < groupObjects; k++) {
        int object = random.nextInt(objects);
        long base = random.nextLong(spanSeconds);
        for (int a : members) {
          if (random.nextDouble() < groupParticipation) {
            log.addNumbered(a, object, content++, base + random.nextInt(groupSpread + 1));
          }
        }
      }
    }
    long viralStart = spanSeconds / 2;
    for (int v = 0; v < viralShares; v++) {
      int account = random.nextDouble() < viralActiveFraction ? random.nextInt(accounts) : next++;
      log.addNumbered(account, viralObject, content++, viralStart + random.nextInt(3600));
    }
    return new Generated(log, List.copyOf(planted));
  }

  /** Object {@code k} with probability about 1/(k+1): log-uniform ranks. */
  private int popular(SplittableRandom random) {
    return Math.min(objects - 1, (int) Math.pow(objects, random.nextDouble()) - 1);
  }
}
