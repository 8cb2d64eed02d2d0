package org.vigie.link.claims;

/**
 * A document found to carry a known claim.
 *
 * @param claim the claim
 * @param score how close, 0..1 ({@code 1} for a shared address)
 * @param method how it was found: {@link #URL}, {@link #MEDIA}, {@link #NEAR_DUPLICATE} or {@link
 *     #RESTATED}
 * @param start the start of the range of the text that restates it (0 for an address match)
 * @param end the end of that range
 */
public record ClaimMatch(KnownClaim claim, double score, String method, int start, int end) {
  /** The document's address is one where the claim was seen. */
  public static final String URL = "url";

  /** The document links to or carries a picture or video where the claim was seen. */
  public static final String MEDIA = "media";

  /** The text repeats the claim nearly word for word. */
  public static final String NEAR_DUPLICATE = "near-duplicate";

  /** The text says the same in other words. */
  public static final String RESTATED = "restated";
}
