package org.vigie.archive.alerts;

import java.security.SecureRandom;
import java.util.Base64;

/** Delivery ids as Standard Webhooks writes message ids: {@code msg_} and 16 random bytes. */
final class DeliveryIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private DeliveryIds() {}

  static String next() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return "msg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
