package org.vigie.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.SameSite;

/**
 * What every page handler does the same way: read the reader's language, link to the page in the
 * other language, render a precompiled jte template (which escapes every value).
 */
public final class Pages {
  private static final String LANG_COOKIE = "lang";
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);

  private Pages() {}

  /** The language of this request: {@code ?lang=} (remembered in a cookie), the cookie, French. */
  public static WebText text(Context ctx) {
    String asked = ctx.queryParam("lang");
    if (asked != null && (asked.equals("fr") || asked.equals("en"))) {
      ctx.cookie(
          new io.javalin.http.Cookie(
              LANG_COOKIE, asked, "/", 365 * 24 * 3600, false, true, null, SameSite.LAX));
      return WebText.of(asked);
    }
    if (asked != null) {
      throw new BadRequestResponse("bad lang '" + asked + "': expected fr or en");
    }
    return WebText.of(ctx.cookie(LANG_COOKIE));
  }

  /**
   * The language of this request without refusing a bad {@code ?lang=} (French then): for the error
   * page that says the value is bad.
   */
  public static WebText lenientText(Context ctx) {
    String asked = ctx.queryParam("lang");
    boolean known = "fr".equals(asked) || "en".equals(asked);
    return WebText.of(known ? asked : ctx.cookie(LANG_COOKIE));
  }

  /** This page in the other language. */
  public static String switchUrl(Context ctx, WebText t) {
    String other = t.english() ? "fr" : "en";
    String query =
        ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)lang=[^&]*", "");
    query = query.replaceAll("^&", "");
    return ctx.path() + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + other;
  }

  /** The frame of a page titled {@code title} for this request's reader. */
  public static Chrome chrome(Context ctx, WebText t, String title) {
    return new Chrome(t, title, switchUrl(ctx, t));
  }

  /** Renders a template ({@code search.jte}) with its view as the response's HTML. */
  public static void render(Context ctx, String template, Object view) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, view, out);
    ctx.html(out.toString());
  }
}
