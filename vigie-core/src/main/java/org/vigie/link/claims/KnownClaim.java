package org.vigie.link.claims;

import java.util.Objects;
import org.vigie.document.ClaimReview;

/**
 * A fact-checked claim the matcher knows: its number in the catalog and its review.
 *
 * @param id the catalog's number for the review
 */
public record KnownClaim(long id, ClaimReview review) {
  public KnownClaim {
    Objects.requireNonNull(review, "review");
  }
}
