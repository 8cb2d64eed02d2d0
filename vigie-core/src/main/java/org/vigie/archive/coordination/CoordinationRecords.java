package org.vigie.archive.coordination;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/** What the catalog keeps of coordination runs, as read back for pages, the API and the CLI. */
public final class CoordinationRecords {
  private CoordinationRecords() {}

  /**
   * A run: its request, its figures and its state ({@code running}, {@code done}, {@code failed}).
   */
  public record Run(
      long id,
      Instant startedAt,
      Instant finishedAt,
      String trigger,
      String query,
      Instant from,
      Instant to,
      List<String> platforms,
      List<String> kinds,
      long window,
      int minParticipation,
      long fastWindow,
      double edgeQuantile,
      int posts,
      int postsLeftOut,
      int shares,
      long sharePairs,
      int edges,
      int accounts,
      int groups,
      String status,
      String error) {}

  /**
   * A group of a run (a connected component of the coordinated network).
   *
   * @param lineage the id of the first group it continues across runs (its own id when new)
   * @param change {@code new}, {@code grown}, {@code shrunk} or {@code same} against the group it
   *     continues in the run before
   * @param previousSize the continued group's size, or null when new
   * @param topObjects the most pushed objects with their pair counts, as {@code object\tcount}
   *     lines
   * @param activity coordinated pairs per hour (Unix hour → pairs)
   */
  public record Group(
      long id,
      long runId,
      int rank,
      long lineage,
      String change,
      Integer previousSize,
      int size,
      int edges,
      long pairs,
      int objects,
      Instant firstShare,
      Instant lastShare,
      List<String> kinds,
      List<String> platforms,
      List<ObjectCount> topObjects,
      SortedMap<Long, Long> activity) {}

  /** An object a group pushed, with its coordinated pairs. */
  public record ObjectCount(String object, long pairs) {}

  /** A member of a group; {@code community} is its label-propagation community inside the group. */
  public record Member(
      String account, String label, String platform, int shares, int coordinated, int community) {
    public double coordinatedFraction() {
      return shares == 0 ? 0 : coordinated / (double) shares;
    }
  }

  /** An edge of a group's network. */
  public record Edge(
      String accountA,
      String accountB,
      int weight,
      int objects,
      double meanDelta,
      Double symmetry,
      int fastWeight,
      boolean flagged,
      List<String> kinds) {}

  /** One coordinated pair of posts: the evidence. */
  public record Pair(
      int seq,
      String object,
      String kind,
      String accountA,
      String docA,
      Instant timeA,
      String accountB,
      String docB,
      Instant timeB) {
    public long deltaSeconds() {
      return timeB.getEpochSecond() - timeA.getEpochSecond();
    }
  }
}
