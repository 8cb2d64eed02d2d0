package org.vigie.web.page;

import io.javalin.http.NotFoundResponse;
import java.util.Map;

/**
 * A 404 that says what is missing, so the error reads "no API token numbered 7" rather than the
 * documents' wording: the kind ({@code token}, {@code user}) picks the message {@code
 * error.notFound.KIND}, the identifier fills it.
 */
public final class Missing {
  /** The detail that carries the kind. */
  public static final String KIND = "kind";

  private Missing() {}

  public static NotFoundResponse token(Object id) {
    return of("token", String.valueOf(id));
  }

  public static NotFoundResponse user(String name) {
    return of("user", name);
  }

  /** The accounts of a server that has none (public read-only mode without a catalog). */
  public static NotFoundResponse accounts() {
    return of("accounts", "");
  }

  private static NotFoundResponse of(String kind, String id) {
    return new NotFoundResponse(id, Map.of(KIND, kind));
  }
}
