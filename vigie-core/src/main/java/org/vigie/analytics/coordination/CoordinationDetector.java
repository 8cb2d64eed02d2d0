package org.vigie.analytics.coordination;

import java.util.Arrays;

/**
 * Finds accounts that share the same objects within a short time window, with the semantics of the
 * R package CooRTweet ({@code detect_groups} then {@code generate_coordinated_network}):
 *
 * <ol>
 *   <li>identical shares (same object, account, content and time) count once;
 *   <li>pre-filter: an account with fewer than {@code minParticipation} shares is dropped;
 *   <li>for each object, every unordered pair of shares at most {@code window} seconds apart
 *       (inclusive) is a candidate; loops are removed: pairs of one account, of one content, or
 *       where a content id equals the object id;
 *   <li>post-filter: an account passes when at least {@code minParticipation} of its shares have a
 *       content id found in a remaining pair; a pair is kept when either share's account passes;
 *   <li>kept pairs become undirected weighted edges between accounts.
 * </ol>
 *
 * <p><b>Cost.</b> CooRTweet self-joins the whole log on the object and filters the time difference
 * afterwards; on a viral object that join is quadratic in its shares. Here the shares are sorted by
 * object (a counting sort) and by time within each object (primitive sort of packed keys), then
 * each object is swept once with a moving window: the share at {@code j} pairs only with the shares
 * in {@code [lo, j)}, where {@code lo} advances while the time gap exceeds the window. Pairs are
 * never stored: a first sweep marks the shares that have a pair (enough for the post-filter), a
 * second one streams the kept pairs into {@link EdgeTable}, whose memory grows with edges, not
 * pairs. Time is O(n log n + pairs); memory O(n + edges). Not thread-safe; one detector per run.
 */
public final class CoordinationDetector {
  private final CoordinationSettings settings;

  public CoordinationDetector(CoordinationSettings settings) {
    this.settings = settings;
  }

  /** Detects coordination in {@code log}; the log is only read. */
  public CoordinationResult detect(ShareLog log) {
    return new Run(log).run();
  }

  /** The working arrays of one detection, shares in (object, time) order. */
  private final class Run {
    private final ShareLog log;
    private final int[] shares;
    private int duplicates;
    private int droppedRows;
    private int[] segStart;
    private int[] row;
    private int[] acc;
    private int[] cont;
    private int[] time;
    private boolean[] self;
    private long minTime;

    Run(ShareLog log) {
      this.log = log;
      this.shares = new int[log.accountCount()];
    }

    CoordinationResult run() {
      long[] keys = byObjectThenTime();
      removeDuplicates(keys);
      compact(keys);
      boolean[] paired = new boolean[row.length];
      sweep(null, paired, null);
      boolean[] passes = postFilter(paired);
      paired = null;
      boolean[] coordinated = new boolean[row.length];
      EdgeTable edges = new EdgeTable(settings.edgeSymmetry());
      long pairs = sweep(passes, coordinated, edges);
      return new CoordinationResult(
          log,
          settings,
          edges,
          pairs,
          shares,
          coordinatedRows(coordinated),
          duplicates,
          droppedRows,
          log.skippedNoObject(),
          passes);
    }

    /**
     * Keys {@code (time - minTime) << 32 | row}, grouped by object (counting sort) and sorted by
     * time within each object; {@code segStart} holds each object's first position.
     */
    private long[] byObjectThenTime() {
      int n = log.size();
      int objects = log.objectCount();
      segStart = new int[objects + 1];
      minTime = Long.MAX_VALUE;
      long maxTime = Long.MIN_VALUE;
      for (int r = 0; r < n; r++) {
        segStart[log.object(r) + 1]++;
        minTime = Math.min(minTime, log.time(r));
        maxTime = Math.max(maxTime, log.time(r));
      }
      if (n > 0 && maxTime - minTime > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "the log spans more than 68 years of seconds: " + minTime + " to " + maxTime);
      }
      for (int o = 0; o < objects; o++) {
        segStart[o + 1] += segStart[o];
      }
      int[] fill = Arrays.copyOf(segStart, objects);
      long[] keys = new long[n];
      for (int r = 0; r < n; r++) {
        keys[fill[log.object(r)]++] = ((log.time(r) - minTime) << 32) | r;
      }
      for (int o = 0; o < objects; o++) {
        Arrays.sort(keys, segStart[o], segStart[o + 1]);
      }
      return keys;
    }

    /** Marks (-1) the repeats of a share in its object and second; counts each account's shares. */
    private void removeDuplicates(long[] keys) {
      for (int o = 0; o + 1 < segStart.length; o++) {
        int end = segStart[o + 1];
        for (int s = segStart[o]; s < end; ) {
          int e = s + 1;
          while (e < end && keys[e] >>> 32 == keys[s] >>> 32) {
            e++;
          }
          if (e - s > 1) {
            dropRepeats(keys, s, e);
          }
          s = e;
        }
      }
      for (long k : keys) {
        if (k >= 0) {
          shares[log.account((int) k)]++;
        }
      }
    }

    /** Among shares of one object and one second, keeps the first of each (account, content). */
    private void dropRepeats(long[] keys, int s, int e) {
      LongSet seen = new LongSet();
      for (int k = s; k < e; k++) {
        int r = (int) keys[k];
        if (!seen.add(((long) log.account(r) << 32) | (log.content(r) & 0xffffffffL))) {
          keys[k] = -1;
          duplicates++;
        }
      }
    }

    /** Copies the shares of accounts that pass the pre-filter into the sorted working arrays. */
    private void compact(long[] keys) {
      int min = settings.minParticipation();
      int kept = 0;
      for (long k : keys) {
        if (k >= 0 && shares[log.account((int) k)] >= min) {
          kept++;
        }
      }
      row = new int[kept];
      acc = new int[kept];
      cont = new int[kept];
      time = new int[kept];
      self = new boolean[kept];
      int p = 0;
      int segment = 0;
      for (int o = 0; o + 1 < segStart.length; o++) {
        int from = segStart[o];
        int to = segStart[o + 1];
        segStart[o] = p;
        for (int k = from; k < to; k++) {
          if (keys[k] < 0) {
            continue;
          }
          int r = (int) keys[k];
          if (shares[log.account(r)] < min) {
            droppedRows++;
            continue;
          }
          row[p] = r;
          acc[p] = log.account(r);
          cont[p] = log.content(r);
          time[p] = (int) (keys[k] >>> 32);
          self[p] = log.contentIsObject(r);
          p++;
        }
        segment = o + 1;
      }
      segStart[segment] = p;
    }

    /**
     * Sweeps every object with the moving window and visits each loop-free pair once. Without
     * {@code passes} (first sweep) it marks both shares in {@code marks}; with it (second sweep) it
     * keeps pairs with a passing account, marks them and adds them to {@code edges}. Answers the
     * pairs visited (first sweep) or kept (second).
     */
    private long sweep(boolean[] passes, boolean[] marks, EdgeTable edges) {
      long window = settings.window();
      long fast = settings.fastWindow();
      long pairs = 0;
      for (int o = 0; o + 1 < segStart.length; o++) {
        int lo = segStart[o];
        int end = segStart[o + 1];
        if (end - lo < 2) {
          continue;
        }
        int kindBit = log.kind(row[lo]).bit();
        for (int j = lo; j < end; j++) {
          int tj = time[j];
          while (tj - time[lo] > window) {
            lo++;
          }
          if (self[j]) {
            continue;
          }
          int aj = acc[j];
          int cj = cont[j];
          boolean jPasses = passes != null && passes[aj];
          for (int i = lo; i < j; i++) {
            int ai = acc[i];
            if (ai == aj || cont[i] == cj || self[i]) {
              continue;
            }
            if (passes == null) {
              marks[i] = true;
              marks[j] = true;
              pairs++;
            } else if (jPasses || passes[ai]) {
              marks[i] = true;
              marks[j] = true;
              pairs++;
              long delta = tj - time[i];
              edges.add(ai, cont[i], aj, cj, o, delta, kindBit, fast > 0 && delta <= fast);
            }
          }
        }
      }
      return pairs;
    }

    /** Accounts with at least minParticipation shares whose content appears in some pair. */
    private boolean[] postFilter(boolean[] paired) {
      boolean[] contentInPair = new boolean[log.contentCount()];
      for (int p = 0; p < paired.length; p++) {
        if (paired[p]) {
          contentInPair[cont[p]] = true;
        }
      }
      int[] count = new int[shares.length];
      for (int p = 0; p < cont.length; p++) {
        if (contentInPair[cont[p]]) {
          count[acc[p]]++;
        }
      }
      boolean[] passes = new boolean[shares.length];
      for (int a = 0; a < passes.length; a++) {
        passes[a] = count[a] >= settings.minParticipation();
      }
      return passes;
    }

    /** The log rows of the shares in kept pairs. */
    private int[] coordinatedRows(boolean[] coordinated) {
      int n = 0;
      for (boolean c : coordinated) {
        n += c ? 1 : 0;
      }
      int[] rows = new int[n];
      int k = 0;
      for (int p = 0; p < coordinated.length; p++) {
        if (coordinated[p]) {
          rows[k++] = row[p];
        }
      }
      return rows;
    }
  }
}
