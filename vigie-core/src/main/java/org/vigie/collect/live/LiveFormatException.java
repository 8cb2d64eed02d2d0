package org.vigie.collect.live;

/**
 * A live-source response that does not follow the platform's format; the message names the field.
 */
public final class LiveFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LiveFormatException(String message) {
    super(message);
  }
}
