package org.vigie.opensearch;

import com.fasterxml.jackson.databind.JsonNode;

/** The cluster answered a request with an error status. */
public final class OpenSearchException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  OpenSearchException(String request, int status, JsonNode reply) {
    super("opensearch: " + request + " answered " + status + ": " + reason(reply));
    this.status = status;
  }

  public int status() {
    return status;
  }

  static String reason(JsonNode reply) {
    if (reply == null) {
      return "(no body)";
    }
    JsonNode error = reply.path("error");
    if (error.isObject()) {
      JsonNode root = error.path("root_cause").path(0);
      JsonNode e = root.isMissingNode() ? error : root;
      return e.path("type").asText() + ": " + e.path("reason").asText();
    }
    return reply.toString().length() > 300 ? reply.toString().substring(0, 300) : reply.toString();
  }
}
