package org.vigie.web.page;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.document.DocumentJson;

/**
 * The one shape of every API error: {@code
 * {"error":{"code":"not_found","message":"…"},"status":404}}. The code is stable for scripts; the
 * message is in the reader's language.
 */
public final class ApiError {
  private ApiError() {}

  /** The error code of an HTTP status. */
  public static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 409 -> "conflict";
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      case 429 -> "too_many_requests";
      case 500 -> "internal_error";
      case 503 -> "unavailable";
      default -> "http_" + status;
    };
  }

  public static String json(int status, String message) {
    ObjectNode body = DocumentJson.mapper().createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("code", code(status));
    error.put("message", message);
    body.put("status", status);
    return body.toString();
  }
}
