package org.vigie.collect.live;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.vigie.document.Account;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;
import org.vigie.document.Relation;

/**
 * A YouTube channel's Atom feed ({@code feeds/videos.xml?channel_id=…}): one post per {@code
 * entry}, its id {@code yt:videoId}, text the title and {@code media:description}, views from
 * {@code media:statistics}, reactions from {@code media:starRating count}. The feed has no paging:
 * the next cursor is always {@code null}. Parsed by jsoup's XML parser (no DTD, no entities
 * fetched).
 */
public final class YouTubeFeed {
  private YouTubeFeed() {}

  public static Page parse(String body, String sourceId, Instant fetchedAt) {
    Document d = Jsoup.parse(body, "", Parser.xmlParser());
    Element feed = d.selectFirst("feed");
    if (feed == null) {
      throw new LiveFormatException("YouTube feed: element 'feed' is missing");
    }
    String channelId = text(feed, "yt|channelId");
    Account channel = new Account("youtube", channelId, null, text(feed, "author > name"), null);
    List<RawDocument> posts = new ArrayList<>();
    int i = 0;
    for (Element entry : feed.select("> entry")) {
      posts.add(post(entry, i++, channel, sourceId, fetchedAt));
    }
    return new Page(posts, null);
  }

  private static RawDocument post(
      Element entry, int i, Account channel, String sourceId, Instant fetchedAt) {
    String id = text(entry, "yt|videoId");
    if (id == null) {
      throw new LiveFormatException(
          "YouTube feed entry " + i + ": element 'yt:videoId' is missing");
    }
    String title = text(entry, "title");
    String description = text(entry, "media|group > media|description");
    String text = title == null ? "" : title;
    if (description != null) {
      text = text + "\n\n" + description;
    }
    Element stats = entry.selectFirst("media|statistics");
    Element rating = entry.selectFirst("media|starRating");
    Engagement e =
        new Engagement(
            count(stats == null ? null : stats.attr("views"), "media:statistics views", i),
            null,
            count(rating == null ? null : rating.attr("count"), "media:starRating count", i),
            null);
    Element link = entry.selectFirst("link[rel=alternate]");
    PostMetadata meta =
        new PostMetadata(
            "youtube",
            id,
            channel,
            e,
            List.of(new Relation(Relation.Kind.MEDIA, "video", null)),
            date(text(entry, "published"), i),
            date(text(entry, "updated"), i));
    return new RawDocument(
        "youtube:" + sourceId + "#" + i,
        sourceId,
        link == null ? null : link.attr("href"),
        fetchedAt,
        RawDocument.TEXT,
        "UTF-8",
        text.getBytes(StandardCharsets.UTF_8),
        title == null ? Map.of() : Map.of(RawDocument.Hint.TITLE, title),
        meta);
  }

  private static String text(Element e, String css) {
    Element found = e.selectFirst(css);
    return found == null || found.text().isBlank() ? null : found.text().strip();
  }

  private static Long count(String value, String field, int i) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException ex) {
      throw new LiveFormatException(
          "YouTube feed entry " + i + ": " + field + " is not a number: '" + value + "'");
    }
  }

  private static String date(String value, int i) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant().toString();
    } catch (DateTimeParseException ex) {
      throw new LiveFormatException(
          "YouTube feed entry " + i + ": date is not ISO 8601: '" + value + "'");
    }
  }
}
