package org.vigie.archive.review;

/**
 * What a reviewer does to an item in one go; each part left {@code null} changes nothing.
 *
 * @param actor the reviewer's account name
 * @param status the new status, or {@code null}
 * @param assignee whom to assign it to ({@code ""} unassigns), or {@code null}
 * @param label the label it should have instead of the analysis's, or {@code null}
 * @param comment a comment, or {@code null}
 * @param wholeGroup whether the same applies to every item of its group
 */
public record ReviewDecision(
    String actor,
    ReviewStatus status,
    String assignee,
    String label,
    String comment,
    boolean wholeGroup) {

  public ReviewDecision {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("a review decision needs the reviewer's name");
    }
    comment = comment == null || comment.isBlank() ? null : comment.strip();
    label = label == null || label.isBlank() ? null : label.strip();
    assignee = assignee == null ? null : assignee.strip();
    if (comment != null && comment.length() > 4000) {
      throw new IllegalArgumentException(
          "comment: at most 4000 characters (" + comment.length() + " given)");
    }
    if (label != null && !label.matches("[\\p{L}\\p{N}' -]{1,60}")) {
      throw new IllegalArgumentException(
          "label: one to sixty letters, digits, spaces or dashes, not '" + label + "'");
    }
  }

  /** Whether it changes nothing at all. */
  public boolean empty() {
    return status == null && assignee == null && label == null && comment == null;
  }
}
