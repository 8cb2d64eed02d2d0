package org.vigie.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.vigie.web.page.ApiError;
import org.vigie.web.page.WebText;

/**
 * The errors Jetty answers itself, before Javalin sees the request (an address longer than {@link
 * #REQUEST_HEADER_BYTES}: 414; headers too large: 431; a malformed request: 400), in the API's one
 * JSON shape instead of Jetty's HTML page, in French (the request was not read far enough to know
 * the reader's language).
 */
final class JettyErrors extends ErrorHandler {
  /**
   * The request line and headers Jetty reads: room for the longest query the parser reads (20 000
   * characters, percent-encoded), so that such a query is refused by Vigie with its reason.
   */
  static final int REQUEST_HEADER_BYTES = 64 * 1024;

  private static final WebText FRENCH = WebText.of("fr");

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    return ByteBuffer.wrap(json(status).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.write(true, ByteBuffer.wrap(json(code).getBytes(StandardCharsets.UTF_8)), callback);
  }

  static String json(int status) {
    String message =
        switch (status) {
          case 414 -> FRENCH.t("error.uriTooLong", REQUEST_HEADER_BYTES / 1024);
          case 431 -> FRENCH.t("error.headersTooLarge", REQUEST_HEADER_BYTES / 1024);
          case 500 -> FRENCH.t("error.server");
          default -> FRENCH.t("error.badRequest", "HTTP " + status);
        };
    return ApiError.json(status, message);
  }
}
