package org.vigie.collect.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.vigie.document.Account;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;
import org.vigie.document.Relation;

/**
 * A Mastodon public timeline ({@code /api/v1/accounts/:id/statuses}, {@code
 * /api/v1/timelines/tag/:tag}): a JSON array of statuses. A reblog becomes a post of the booster
 * with a RETWEET relation to the original's author and the original's text. HTML content is reduced
 * to text by jsoup (nothing executed or kept). The next page is {@code max_id} = the last status's
 * id.
 */
public final class MastodonTimeline {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MastodonTimeline() {}

  public static Page parse(String body, String sourceId, Instant fetchedAt) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new LiveFormatException("Mastodon timeline is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isArray()) {
      throw new LiveFormatException("Mastodon timeline: expected an array of statuses");
    }
    List<RawDocument> posts = new ArrayList<>();
    String last = null;
    for (int i = 0; i < root.size(); i++) {
      JsonNode s = root.get(i);
      last = required(s, "id", i);
      posts.add(post(s, i, sourceId, fetchedAt));
    }
    return new Page(posts, last);
  }

  /**
   * The account id in an {@code /api/v1/accounts/lookup} answer.
   *
   * @throws LiveFormatException when the answer is not JSON or has no {@code id}
   */
  public static String accountId(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new LiveFormatException(
          "Mastodon account lookup is not JSON: " + e.getOriginalMessage());
    }
    String id = root == null ? null : root.path("id").asText(null);
    if (id == null || id.isBlank()) {
      throw new LiveFormatException("Mastodon account lookup: field 'id' is missing");
    }
    return id;
  }

  private static RawDocument post(JsonNode s, int i, String sourceId, Instant fetchedAt) {
    Account author = account(s.get("account"), i);
    JsonNode reblog = s.get("reblog");
    JsonNode shown = reblog != null && reblog.isObject() ? reblog : s;
    List<Relation> relations = new ArrayList<>();
    if (shown != s) {
      relations.add(
          new Relation(
              Relation.Kind.RETWEET, required(reblog, "id", i), account(reblog.get("account"), i)));
    }
    String reply = shown.path("in_reply_to_id").asText(null);
    if (reply != null) {
      relations.add(new Relation(Relation.Kind.REPLY, reply, null));
    }
    for (JsonNode m : shown.path("mentions")) {
      relations.add(
          Relation.mention(
              m.path("username").asText(),
              new Account(
                  "mastodon", m.path("id").asText(null), m.path("acct").asText(null), null, null)));
    }
    for (JsonNode t : shown.path("tags")) {
      relations.add(Relation.hashtag(t.path("name").asText()));
    }
    for (JsonNode m : shown.path("media_attachments")) {
      relations.add(new Relation(Relation.Kind.MEDIA, m.path("type").asText("file"), null));
    }
    String text = Jsoup.parse(shown.path("content").asText("")).text();
    Engagement e =
        new Engagement(
            null,
            shown.path("reblogs_count").asLong(0),
            shown.path("favourites_count").asLong(0),
            shown.path("replies_count").asLong(0));
    String created = required(s, "created_at", i);
    PostMetadata meta =
        new PostMetadata(
            "mastodon", required(s, "id", i), author, e, relations, instant(created, i), null);
    return new RawDocument(
        "mastodon:" + sourceId + "#" + i,
        sourceId,
        s.path("url").asText(null),
        fetchedAt,
        RawDocument.TEXT,
        "UTF-8",
        text.getBytes(StandardCharsets.UTF_8),
        Map.of(),
        meta);
  }

  private static String instant(String value, int i) {
    try {
      return Instant.parse(value).toString();
    } catch (java.time.format.DateTimeParseException e) {
      throw new LiveFormatException(
          "Mastodon status " + i + ": field 'created_at' is not an instant: '" + value + "'");
    }
  }

  private static Account account(JsonNode a, int i) {
    if (a == null || !a.isObject()) {
      throw new LiveFormatException("Mastodon status " + i + ": field 'account' is missing");
    }
    return new Account(
        "mastodon",
        required(a, "id", i),
        a.path("acct").asText(null),
        a.path("display_name").asText(null),
        a.has("followers_count") ? a.get("followers_count").asLong() : null);
  }

  private static String required(JsonNode n, String field, int i) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw new LiveFormatException("Mastodon status " + i + ": field '" + field + "' is missing");
    }
    return v.asText();
  }
}
