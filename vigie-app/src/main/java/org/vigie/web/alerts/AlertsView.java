package org.vigie.web.alerts;

import java.util.List;
import org.vigie.web.page.Chrome;

/**
 * The alerts pages: "Mes alertes" (the list), the form that creates one with its preview, and one
 * rule with its delivery log.
 *
 * @param rules the rules listed (the viewer's; every rule for an admin)
 * @param unread the viewer's unread notifications
 * @param form the creation form, or {@code null} on the list and rule pages
 * @param rule the rule shown, or {@code null}
 * @param deliveries the rule's delivery log, newest first
 * @param message a line to show (the test's outcome, an error), or {@code null}
 */
public record AlertsView(
    Chrome chrome,
    List<Line> rules,
    int unread,
    Form form,
    Line rule,
    List<Delivery> deliveries,
    String message) {

  /** One rule as listed. */
  public record Line(
      long id, String name, String query, String mode, String channels, String feed, String last) {
    public String href() {
      return "/alerts/" + id;
    }
  }

  /**
   * The creation form, filled from the search it was opened from.
   *
   * @param preview the titles of what it would have sent in the last 7 days
   * @param previewTotal how many documents those were
   */
  public record Form(
      String name,
      String query,
      String email,
      String webhook,
      String mode,
      List<String> preview,
      long previewTotal,
      String error) {
    AlertsView.Form withName(String n) {
      return new Form(n, query, email, webhook, mode, preview, previewTotal, error);
    }
  }

  /** One delivery of the log. */
  public record Delivery(
      String when, String kind, String channel, String status, int attempts, String detail) {}
}
