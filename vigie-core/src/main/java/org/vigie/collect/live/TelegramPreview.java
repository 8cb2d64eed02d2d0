package org.vigie.collect.live;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.document.Account;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;
import org.vigie.document.Relation;

/**
 * A Telegram public channel's web preview ({@code https://t.me/s/<channel>}): one post per {@code
 * .tgme_widget_message[data-post="channel/123"]}, its text ({@code .tgme_widget_message_text}, as
 * text only), {@code <time datetime>}, views ({@code "1.2K"} → 1200), forwarded-from header
 * (FORWARD to the named channel), links and photo/video media. The next (older) page is {@code
 * ?before=<id>} of the page's "load more" link, else the smallest message id on the page.
 */
public final class TelegramPreview {
  private static final Pattern BEFORE = Pattern.compile("[?&]before=(\\d+)");

  private TelegramPreview() {}

  public static Page parse(String body, String sourceId, Instant fetchedAt) {
    Document d = Jsoup.parse(body);
    List<RawDocument> posts = new ArrayList<>();
    long smallest = Long.MAX_VALUE;
    for (Element m : d.select(".tgme_widget_message[data-post]")) {
      String dataPost = m.attr("data-post");
      int slash = dataPost.indexOf('/');
      long id;
      try {
        // a channel before the slash, a number after it ("202" alone was read as an id once)
        id = slash > 0 ? Long.parseLong(dataPost.substring(slash + 1)) : -1;
      } catch (NumberFormatException e) {
        id = -1;
      }
      if (id < 0) {
        throw new LiveFormatException(
            "Telegram preview: data-post is not channel/id: '" + dataPost + "'");
      }
      smallest = Math.min(smallest, id);
      posts.add(post(m, dataPost.substring(0, slash), id, sourceId, fetchedAt));
    }
    Element more =
        d.selectFirst("a.tme_messages_more[href*=before=], link[rel=prev][href*=before=]");
    String next = null;
    if (more != null) {
      Matcher b = BEFORE.matcher(more.attr("href"));
      next = b.find() ? b.group(1) : null;
    } else if (!posts.isEmpty()) {
      next = Long.toString(smallest);
    }
    return new Page(posts, next);
  }

  private static RawDocument post(
      Element m, String channel, long id, String sourceId, Instant fetchedAt) {
    String where = "Telegram preview message " + channel + "/" + id;
    Element textEl = m.selectFirst(".tgme_widget_message_text");
    String text = textEl == null ? "" : textEl.wholeText().strip();
    List<Relation> relations = new ArrayList<>();
    Element fwd = m.selectFirst(".tgme_widget_message_forwarded_from_name");
    if (fwd != null) {
      String handle = handleOf(fwd.attr("href"));
      relations.add(
          new Relation(
              Relation.Kind.FORWARD,
              null,
              new Account("telegram", null, handle, fwd.text(), null)));
    }
    if (textEl != null) {
      for (Element a : textEl.select("a[href^=http]")) {
        relations.add(Relation.link(a.attr("href")));
      }
    }
    if (m.selectFirst(".tgme_widget_message_photo_wrap") != null) {
      relations.add(new Relation(Relation.Kind.MEDIA, "photo", null));
    }
    if (m.selectFirst(".tgme_widget_message_video_player, video") != null) {
      relations.add(new Relation(Relation.Kind.MEDIA, "video", null));
    }
    Element time = m.selectFirst("time[datetime]");
    if (time == null) {
      throw new LiveFormatException(where + ": <time datetime> is missing");
    }
    String published;
    try {
      published = OffsetDateTime.parse(time.attr("datetime")).toInstant().toString();
    } catch (DateTimeParseException e) {
      throw new LiveFormatException(
          where + ": <time datetime> is not a date: '" + time.attr("datetime") + "'");
    }
    Element views = m.selectFirst(".tgme_widget_message_views");
    Engagement e =
        views == null ? null : new Engagement(views(views.text(), where), null, null, null);
    Element owner = m.selectFirst(".tgme_widget_message_owner_name");
    Account account =
        new Account("telegram", null, channel, owner == null ? null : owner.text(), null);
    PostMetadata meta =
        new PostMetadata("telegram", channel + "/" + id, account, e, relations, published, null);
    return new RawDocument(
        "t.me/s/" + channel + "#" + id,
        sourceId,
        "https://t.me/" + channel + "/" + id,
        fetchedAt,
        RawDocument.TEXT,
        "UTF-8",
        text.getBytes(StandardCharsets.UTF_8),
        Map.of(),
        meta);
  }

  /** {@code 987}, {@code 1.2K}, {@code 3M} as a count. */
  static long views(String text, String where) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace(",", ".");
    long scale = t.endsWith("K") ? 1_000 : t.endsWith("M") ? 1_000_000 : 1;
    String digits = scale == 1 ? t : t.substring(0, t.length() - 1);
    try {
      return new BigDecimal(digits).multiply(BigDecimal.valueOf(scale)).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new LiveFormatException(where + ": views is not a count: '" + text + "'");
    }
  }

  private static String handleOf(String href) {
    int at = href.lastIndexOf('/');
    return at < 0 || at == href.length() - 1 ? null : href.substring(at + 1);
  }
}
