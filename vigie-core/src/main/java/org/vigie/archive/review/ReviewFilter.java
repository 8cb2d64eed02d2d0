package org.vigie.archive.review;

/**
 * Which items of the queue to list; {@code null} parts do not filter. Newest flags first.
 *
 * @param status one status, or {@code null} for all
 * @param kind one kind ({@code harm}), or {@code null}
 * @param assignee one reviewer's items ({@code ""}: the unassigned), or {@code null}
 * @param groupId one group's items, or {@code null}
 */
public record ReviewFilter(
    ReviewStatus status, String kind, String assignee, Long groupId, int offset, int limit) {
  public static final ReviewFilter ALL = new ReviewFilter(null, null, null, null, 0, 500);

  public ReviewFilter {
    offset = Math.max(0, offset);
    limit = Math.clamp(limit, 1, 1000);
  }

  public static ReviewFilter group(long groupId) {
    return new ReviewFilter(null, null, null, groupId, 0, 1000);
  }
}
