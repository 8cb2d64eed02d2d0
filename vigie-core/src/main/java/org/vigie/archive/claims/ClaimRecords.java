package org.vigie.archive.claims;

import java.time.Instant;
import org.vigie.document.ClaimReview;

/** The values the fact-check catalog answers with. */
public final class ClaimRecords {
  private ClaimRecords() {}

  /**
   * A fact-check kept in the catalog.
   *
   * @param id its number
   * @param origin the file, address or document it was imported from
   * @param documentId the archived fact-checker's page it came from, or {@code null}
   * @param matches how many documents were matched to it
   */
  public record StoredClaim(
      long id,
      ClaimReview review,
      String origin,
      String documentId,
      Instant importedAt,
      int matches) {}

  /**
   * A document matched to a claim.
   *
   * @param method {@code url}, {@code media}, {@code near-duplicate} or {@code restated}
   * @param start the start of the text range that restates it
   * @param end the end of that range
   * @param excerpt that range's text (at most 2 000 characters), empty for an address match
   */
  public record StoredMatch(
      long claimId,
      String documentId,
      String method,
      double score,
      int start,
      int end,
      String excerpt,
      String title,
      String url,
      Instant matchedAt) {}

  /**
   * What an import did.
   *
   * @param read the reviews read
   * @param added those new to the catalog
   * @param updated those already known (same address and claim), now updated
   */
  public record ImportResult(int read, int added, int updated) {}
}
