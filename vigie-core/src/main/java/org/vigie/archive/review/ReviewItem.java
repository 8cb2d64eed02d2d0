package org.vigie.archive.review;

import java.time.Instant;
import java.util.List;
import org.vigie.document.Signal;

/**
 * One document in the review queue for one reason ({@code kind}), as it stands now; how it got
 * there is its audit trail ({@link ReviewEvent}).
 *
 * @param groupId the group it is reviewed with (same story, copies, same claim)
 * @param groupSize how many items that group holds, this one included
 * @param label the label the analysis gave
 * @param reviewedLabel the label a reviewer gave instead, or {@code null}
 * @param assignee the reviewer it is assigned to, or {@code null}
 */
public record ReviewItem(
    long id,
    String kind,
    String documentId,
    long groupId,
    int groupSize,
    String title,
    String site,
    String url,
    String published,
    String excerpt,
    String label,
    double score,
    List<String> categories,
    List<String> targets,
    List<Signal.Evidence> evidence,
    ReviewStatus status,
    String assignee,
    String reviewedLabel,
    Instant flaggedAt,
    Instant updatedAt) {

  public ReviewItem {
    categories = List.copyOf(categories);
    targets = List.copyOf(targets);
    evidence = List.copyOf(evidence);
  }

  /** The label that stands: the reviewer's when one relabelled it. */
  public String currentLabel() {
    return reviewedLabel != null ? reviewedLabel : label;
  }

  /** Its page. */
  public String path() {
    return "/review/" + id;
  }
}
