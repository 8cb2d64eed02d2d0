package org.vigie.document;

import java.util.List;
import java.util.Objects;

/**
 * A fact-check as schema.org's {@code ClaimReview} describes it: a claim someone made, the verdict
 * of the organisation that checked it, and where the claim was seen. Read from the JSON-LD of
 * fact-checkers' pages and from ClaimReview data feeds.
 *
 * @param url the fact-check's address (the review page), or {@code null}
 * @param claim the claim as the fact-checker words it ({@code claimReviewed}), never blank
 * @param rating the verdict in words ({@code reviewRating.alternateName}: {@code Faux}, {@code
 *     Trompeur}…), or {@code null}
 * @param ratingValue the verdict on the fact-checker's scale ({@code reviewRating.ratingValue}), or
 *     {@code null}
 * @param bestRating the best value of that scale, or {@code null}
 * @param worstRating the worst value of that scale, or {@code null}
 * @param reviewer the organisation or person who checked it ({@code author.name}), or {@code null}
 * @param reviewerUrl the reviewer's address, or {@code null}
 * @param claimAuthor who made the claim ({@code itemReviewed.author.name}), or {@code null}
 * @param claimDate when the claim was first made or seen, ISO 8601, or {@code null}
 * @param reviewed when the fact-check was published ({@code datePublished}), ISO 8601, or {@code
 *     null}
 * @param language the language of the review ({@code inLanguage}), or {@code null}
 * @param appearances addresses where the claim was seen: pages, posts, pictures and videos ({@code
 *     itemReviewed.appearance}, {@code firstAppearance}), in the order given
 */
public record ClaimReview(
    String url,
    String claim,
    String rating,
    Double ratingValue,
    Double bestRating,
    Double worstRating,
    String reviewer,
    String reviewerUrl,
    String claimAuthor,
    String claimDate,
    String reviewed,
    String language,
    List<String> appearances) {

  public ClaimReview {
    Objects.requireNonNull(claim, "claim");
    if (claim.isBlank()) {
      throw new IllegalArgumentException("a claim review needs the claim's text");
    }
    appearances = List.copyOf(appearances == null ? List.of() : appearances);
  }
}
