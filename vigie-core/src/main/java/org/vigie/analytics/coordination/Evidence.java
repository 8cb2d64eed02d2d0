package org.vigie.analytics.coordination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The coordinated share pairs behind a group: for each pair, the object, the two accounts, their
 * contents (post ids) and times. Found again from the log for the group's accounts only, with the
 * detector's rules, so that detection itself never stores pairs.
 *
 * @param total coordinated pairs between the accounts
 * @param pairs the earliest of them, at most the limit asked for
 * @param objects pairs per object, the most pushed first (at most {@link #TOP_OBJECTS})
 * @param hours pairs per hour (Unix hours of the earlier share), in time order
 */
public record Evidence(
    long total, List<Pair> pairs, Map<String, Long> objects, SortedMap<Long, Long> hours) {
  /** Objects kept in {@link #objects()}. */
  public static final int TOP_OBJECTS = 50;

  /** Pairs collected before the earliest are chosen: bounds memory on a farm of repeated pairs. */
  private static final int COLLECT_CAP = 200_000;

  /**
   * One coordinated pair; {@code a} is the earlier share.
   *
   * @param object the object both shares carry (a link, a hashtag, a text cluster…)
   * @param contentA the earlier share's content (a post's document id in the archive)
   */
  public record Pair(
      String object,
      ObjectKind kind,
      String accountA,
      String contentA,
      long timeA,
      String platformA,
      String accountB,
      String contentB,
      long timeB,
      String platformB) {
    public long delta() {
      return timeB - timeA;
    }
  }

  public Evidence {
    pairs = List.copyOf(pairs);
    objects = Collections.unmodifiableMap(new LinkedHashMap<>(objects));
    hours = Collections.unmodifiableSortedMap(new TreeMap<>(hours));
  }

  static Evidence find(CoordinationResult result, Collection<String> accounts, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
    ShareLog log = result.log();
    boolean[] member = new boolean[log.accountCount()];
    for (String name : accounts) {
      int id = log.accountId(name);
      if (id >= 0 && result.shares(id) >= result.settings().minParticipation()) {
        member[id] = true;
      }
    }
    long[] rows = memberRowsByObjectAndTime(log, member);
    boolean[] repeat = repeats(log, rows);
    long window = result.settings().window();
    long total = 0;
    List<int[]> found = new ArrayList<>();
    Map<Integer, Long> perObject = new HashMap<>();
    TreeMap<Long, Long> hours = new TreeMap<>();
    int start = 0;
    while (start < rows.length) {
      int object = object(rows[start]);
      int end = start;
      while (end < rows.length && object(rows[end]) == object) {
        end++;
      }
      int lo = start;
      for (int j = start; j < end; j++) {
        int rj = row(rows[j]);
        while (log.time(rj) - log.time(row(rows[lo])) > window) {
          lo++;
        }
        if (repeat[j]) {
          continue;
        }
        for (int i = lo; i < j; i++) {
          int ri = row(rows[i]);
          if (!repeat[i] && coordinated(result, log, ri, rj)) {
            total++;
            perObject.merge(object, 1L, Long::sum);
            hours.merge(Math.floorDiv(log.time(ri), 3600), 1L, Long::sum);
            if (found.size() < COLLECT_CAP) {
              found.add(new int[] {ri, rj});
            }
          }
        }
      }
      start = end;
    }
    found.sort(
        Comparator.<int[]>comparingLong(p -> log.time(p[0]))
            .thenComparingLong(p -> log.time(p[1]))
            .thenComparingInt(p -> p[0])
            .thenComparingInt(p -> p[1]));
    List<Pair> pairs = new ArrayList<>(Math.min(limit, found.size()));
    for (int[] p : found.subList(0, Math.min(limit, found.size()))) {
      pairs.add(pair(log, p[0], p[1]));
    }
    Map<String, Long> top = new LinkedHashMap<>();
    perObject.entrySet().stream()
        .sorted(
            Map.Entry.<Integer, Long>comparingByValue()
                .reversed()
                .thenComparing(e -> log.objectName(e.getKey())))
        .limit(TOP_OBJECTS)
        .forEach(e -> top.put(log.objectName(e.getKey()), e.getValue()));
    return new Evidence(total, pairs, top, hours);
  }

  /** Packed (object, row) of the members' shares, sorted by object then time then row. */
  private static long[] memberRowsByObjectAndTime(ShareLog log, boolean[] member) {
    List<Integer> kept = new ArrayList<>();
    for (int r = 0; r < log.size(); r++) {
      if (member[log.account(r)]) {
        kept.add(r);
      }
    }
    Integer[] order = kept.toArray(Integer[]::new);
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(log::object)
            .thenComparingLong(log::time)
            .thenComparingInt(r -> r));
    long[] rows = new long[order.length];
    for (int k = 0; k < order.length; k++) {
      rows[k] = ((long) log.object(order[k]) << 32) | order[k];
    }
    return rows;
  }

  private static boolean coordinated(CoordinationResult result, ShareLog log, int ri, int rj) {
    int ai = log.account(ri);
    int aj = log.account(rj);
    return ai != aj
        && log.content(ri) != log.content(rj)
        && !log.contentIsObject(ri)
        && !log.contentIsObject(rj)
        && (result.passes(ai) || result.passes(aj));
  }

  /** Marks the shares that repeat an earlier identical one (object, account, content, time). */
  private static boolean[] repeats(ShareLog log, long[] rows) {
    boolean[] repeat = new boolean[rows.length];
    for (int i = 1; i < rows.length; i++) {
      int ri = row(rows[i]);
      for (int k = i - 1; k >= 0 && object(rows[k]) == object(rows[i]); k--) {
        int rk = row(rows[k]);
        if (log.time(rk) != log.time(ri)) {
          break;
        }
        if (log.account(rk) == log.account(ri) && log.content(rk) == log.content(ri)) {
          repeat[i] = true;
          break;
        }
      }
    }
    return repeat;
  }

  private static int object(long packed) {
    return (int) (packed >>> 32);
  }

  private static int row(long packed) {
    return (int) packed;
  }

  private static Pair pair(ShareLog log, int ri, int rj) {
    return new Pair(
        log.objectName(log.object(ri)),
        log.kind(ri),
        log.accountName(log.account(ri)),
        log.contentName(log.content(ri)),
        log.time(ri),
        log.platformName(log.platform(ri)),
        log.accountName(log.account(rj)),
        log.contentName(log.content(rj)),
        log.time(rj),
        log.platformName(log.platform(rj)));
  }
}
