package org.vigie.archive.review;

import java.time.Instant;

/**
 * One row of the audit trail: who did what to an item, when, the value before and after. Rows are
 * only ever added.
 *
 * @param action {@code flagged}, {@code status}, {@code assign}, {@code label} or {@code comment}
 * @param before the value before ({@code a_traiter}), or {@code null}
 * @param after the value after, or {@code null}
 * @param note the reviewer's comment, or {@code null}
 * @param hash SHA-256 of the row chained to the item's previous row
 */
public record ReviewEvent(
    long id,
    long itemId,
    String actor,
    Instant at,
    String action,
    String before,
    String after,
    String note,
    String hash) {
  public static final String FLAGGED = "flagged";
  public static final String STATUS = "status";
  public static final String ASSIGN = "assign";
  public static final String LABEL = "label";
  public static final String COMMENT = "comment";
}
