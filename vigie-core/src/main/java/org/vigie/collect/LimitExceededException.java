package org.vigie.collect;

import java.io.IOException;

/**
 * Thrown by a bounded stream when its input goes past a size limit; maps to {@link
 * ErrorCause#TOO_LARGE}.
 */
final class LimitExceededException extends IOException {
  private static final long serialVersionUID = 1L;

  LimitExceededException(String what, long limit) {
    super(what + " exceeds the limit of " + limit + " bytes");
  }
}
