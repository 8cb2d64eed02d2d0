package org.vigie.collect.live;

/**
 * Where a live source's paging stands between runs.
 *
 * @param highWater the newest position of the last complete sweep: a run pages back until it
 *     reaches it; {@code null} before the first run
 * @param pendingHigh the newest position seen by a sweep that stopped before reaching {@code
 *     highWater}, or {@code null}
 * @param resumeCursor the cursor of the page where that sweep stopped, to read from there down to
 *     {@code highWater} in the next run, or {@code null}
 */
public record LiveMark(String highWater, String pendingHigh, String resumeCursor) {
  public static final LiveMark NONE = new LiveMark(null, null, null);

  /** Whether a run stopped early and left a gap to read. */
  public boolean resuming() {
    return resumeCursor != null;
  }
}
