package org.vigie.web.review;

import java.util.List;
import org.vigie.archive.review.ReviewDecisions;
import org.vigie.archive.review.ReviewEvent;
import org.vigie.archive.review.ReviewItem;
import org.vigie.archive.review.ReviewStatus;
import org.vigie.web.page.Chrome;

/** What the review pages show: the queue, one item, the flags' precision. */
public final class ReviewView {
  private ReviewView() {}

  /** A status with how many items stand in it, for the queue's filter. */
  public record StatusCount(ReviewStatus status, long count, boolean selected) {}

  /** The queue with its filters. */
  public record Queue(
      Chrome chrome,
      List<ReviewItem> items,
      List<StatusCount> statuses,
      String assignee,
      String kind,
      double threshold,
      boolean reviewer) {}

  /**
   * A run of the document's text, marked when it is evidence.
   *
   * @param kind the evidence's kind ({@code threat}, {@code target}…), or {@code null}
   */
  public record Part(String text, String kind) {}

  /** One item's page. */
  public record Item(
      Chrome chrome,
      ReviewItem item,
      String documentHref,
      List<List<Part>> paragraphs,
      List<ReviewItem> group,
      List<ReviewEvent> comments,
      List<ReviewEvent> history,
      boolean trailIntact,
      List<ReviewStatus> statuses,
      boolean reviewer,
      String message) {}

  /** The flags' precision by week, as a chart and a table. */
  public record Precision(
      Chrome chrome, String chart, List<ReviewDecisions.Precision> weeks, int decided) {}
}
