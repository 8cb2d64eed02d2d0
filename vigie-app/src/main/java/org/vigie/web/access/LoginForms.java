package org.vigie.web.access;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The login form's anti-forgery token, without a server-side session: showing the form keeps
 * nothing on the server (so that anyone fetching {@code /login} a million times costs it nothing).
 * The browser holds a random nonce in an HttpOnly cookie ({@value #COOKIE}); the form carries its
 * HMAC under a key of this process. A post is accepted when the two agree: another site can neither
 * read the cookie nor compute the HMAC. Thread-safe.
 */
final class LoginForms {
  static final String COOKIE = "vigie_login";

  private final SecureRandom random = new SecureRandom();
  private final SecretKeySpec key;

  LoginForms() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  /** The form's token, setting the nonce cookie when the browser has none yet. */
  String issue(Context ctx, boolean secure) {
    String nonce = ctx.cookie(COOKIE);
    if (!wellFormed(nonce)) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      ctx.cookie(
          new Cookie(COOKIE, nonce, AccessPages.LOGIN, -1, secure, true, null, SameSite.LAX));
    }
    return sign(nonce);
  }

  /** Refuses a login post whose token does not match its cookie. */
  void check(Context ctx, String sent) {
    String nonce = ctx.cookie(COOKIE);
    boolean ok =
        wellFormed(nonce)
            && sent != null
            && MessageDigest.isEqual(
                sign(nonce).getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      throw new ForbiddenResponse("missing or wrong CSRF token: reload the page and try again");
    }
  }

  private static boolean wellFormed(String nonce) {
    return nonce != null && nonce.matches("[A-Za-z0-9_-]{43}");
  }

  private String sign(String nonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] tag = mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }
}
