package org.vigie.analysis.extract;

import org.vigie.document.UserError;

/**
 * A fact-check file that is not ClaimReview data: not JSON, no ClaimReview in it, or an item
 * without its claim. The message names the file, the place (line and column, or the item's number)
 * and what is wrong.
 */
public final class MalformedClaimReviewException extends IllegalArgumentException
    implements UserError {
  public MalformedClaimReviewException(String message) {
    super(message);
  }

  public MalformedClaimReviewException(String message, Throwable cause) {
    super(message, cause);
  }
}
