package org.vigie.collect.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.document.Account;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;
import org.vigie.document.Relation;

/**
 * A Bluesky AppView {@code app.bsky.feed.getAuthorFeed} response: {@code feed[].post} (uri, cid,
 * author, record.text, record.createdAt, counts) and the next page's {@code cursor}. A feed item
 * with {@code reason} {@code #reasonRepost} becomes a post of the reposter ({@code reason.by}) with
 * a RETWEET relation to the author, published when it was reposted ({@code reason.indexedAt}, the
 * feed's order); a {@code record.reply} gives a REPLY to the parent's uri. Likes count as
 * reactions, reposts plus quotes as shares.
 */
public final class BlueskyAuthorFeed {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BlueskyAuthorFeed() {}

  public static Page parse(String body, String sourceId, Instant fetchedAt) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new LiveFormatException("Bluesky feed is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.path("feed").isArray()) {
      throw new LiveFormatException("Bluesky feed: field 'feed' is missing or not an array");
    }
    List<RawDocument> posts = new ArrayList<>();
    JsonNode feed = root.get("feed");
    for (int i = 0; i < feed.size(); i++) {
      posts.add(post(feed.get(i), i, sourceId, fetchedAt));
    }
    String cursor = root.path("cursor").asText(null);
    return new Page(posts, cursor == null || cursor.isBlank() ? null : cursor);
  }

  private static RawDocument post(JsonNode item, int i, String sourceId, Instant fetchedAt) {
    JsonNode p = item.get("post");
    if (p == null || !p.isObject()) {
      throw new LiveFormatException("Bluesky feed item " + i + ": field 'post' is missing");
    }
    String uri = required(p, "uri", i);
    Account author = account(p.get("author"), i, "post.author");
    JsonNode record = p.get("record");
    if (record == null || !record.isObject()) {
      throw new LiveFormatException("Bluesky feed item " + i + ": field 'post.record' is missing");
    }
    List<Relation> relations = new ArrayList<>();
    Account poster = author;
    String postId = uri;
    String created = instant(required(record, "createdAt", i), i, "record.createdAt");
    JsonNode reason = item.get("reason");
    if (reason != null && reason.path("$type").asText("").endsWith("reasonRepost")) {
      poster = account(reason.get("by"), i, "reason.by");
      postId = uri + "#repost:" + poster.id();
      relations.add(new Relation(Relation.Kind.RETWEET, uri, author));
      String reposted = reason.path("indexedAt").asText(null);
      created = reposted == null ? created : instant(reposted, i, "reason.indexedAt");
    }
    String parent = record.path("reply").path("parent").path("uri").asText(null);
    if (parent != null) {
      relations.add(new Relation(Relation.Kind.REPLY, parent, null));
    }
    String text = record.path("text").asText("");
    Engagement e =
        new Engagement(
            null,
            p.path("repostCount").asLong(0) + p.path("quoteCount").asLong(0),
            p.path("likeCount").asLong(0),
            p.path("replyCount").asLong(0));
    PostMetadata meta = new PostMetadata("bluesky", postId, poster, e, relations, created, null);
    return new RawDocument(
        "bluesky:" + sourceId + "#" + i,
        sourceId,
        null,
        fetchedAt,
        RawDocument.TEXT,
        "UTF-8",
        text.getBytes(StandardCharsets.UTF_8),
        Map.of(),
        meta);
  }

  private static Account account(JsonNode a, int i, String field) {
    if (a == null || !a.isObject()) {
      throw new LiveFormatException(
          "Bluesky feed item " + i + ": field '" + field + "' is missing");
    }
    return new Account(
        "bluesky",
        required(a, "did", i),
        a.path("handle").asText(null),
        a.path("displayName").asText(null),
        null);
  }

  private static String instant(String value, int i, String field) {
    try {
      return OffsetDateTime.parse(value).toInstant().toString();
    } catch (DateTimeParseException e) {
      throw new LiveFormatException(
          "Bluesky feed item " + i + ": field '" + field + "' is not a date: '" + value + "'");
    }
  }

  private static String required(JsonNode n, String field, int i) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw new LiveFormatException(
          "Bluesky feed item " + i + ": field '" + field + "' is missing");
    }
    return v.asText();
  }
}
