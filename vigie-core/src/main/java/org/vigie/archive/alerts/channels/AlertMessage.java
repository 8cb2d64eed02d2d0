package org.vigie.archive.alerts.channels;

import java.time.Instant;
import java.util.List;

/**
 * What one alert says, whatever carries it: the rule, why it speaks (a new story, a digest, a
 * spike, a test), and its items, one per story. Serialised as the webhook's {@code data} and
 * rendered as the mail's text and HTML.
 *
 * @param ruleId the rule's id
 * @param rule the rule's name
 * @param kind {@code immediate}, {@code digest}, {@code spike} or {@code test}
 * @param at when it was written
 * @param items the stories, newest first for a digest
 * @param note a sentence for the spike's figures ("42 documents between 09:00 and 10:00, 6 on
 *     average at this hour"), or {@code null}
 * @param baseUrl the server's public address, for links ("https://vigie.example.org"), or empty
 * @param language {@code fr} or {@code en}
 */
public record AlertMessage(
    long ruleId,
    String rule,
    String kind,
    Instant at,
    List<Item> items,
    String note,
    String baseUrl,
    String language) {

  public AlertMessage {
    items = List.copyOf(items == null ? List.of() : items);
    baseUrl = baseUrl == null ? "" : baseUrl;
  }

  /**
   * One story as an alert shows it: its first matching document, and how many matching documents
   * (copies included) and sites it has.
   */
  public record Item(
      String docId,
      String title,
      String url,
      String site,
      String published,
      String storyKey,
      int documents,
      int sites) {}

  /** The address of a document's page. */
  public String documentLink(Item item) {
    return baseUrl + "/documents/" + item.docId();
  }

  /** The address where the rule is edited or switched off. */
  public String ruleLink() {
    return baseUrl + "/alerts/" + ruleId;
  }
}
