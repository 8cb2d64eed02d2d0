package org.vigie.web.review;

import io.javalin.http.NotFoundResponse;
import org.vigie.web.page.Viewer;

/** The review pages' and API's parameters, read and checked where they are read. */
final class ReviewParams {
  private ReviewParams() {}

  /** An item's id in a path; a path that holds none names no item. */
  static long id(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("no review item '" + value + "'");
    }
  }

  /**
   * The assignee filter: {@code me} the current viewer, {@code none} the unassigned ({@code ""}), a
   * name, or {@code null} (anyone).
   */
  static String assignee(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip()) {
      case "me" -> Viewer.current().name() == null ? "" : Viewer.current().name();
      case "none" -> "";
      default -> value.strip();
    };
  }
}
