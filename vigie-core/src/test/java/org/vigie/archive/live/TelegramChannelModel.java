package org.vigie.archive.live;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.vigie.collect.fetch.TestWebServer;
import org.vigie.document.ContentId;

/**
 * A public channel as {@code t.me/s/<channel>} shows it: the newest {@code pageSize} messages,
 * oldest first, with the "load more" link {@code ?before=<id>} of the older page, in the markup of
 * Telegram's web preview (message wrap, owner name, text, views as {@code 1.2K}, time).
 */
final class TelegramChannelModel {
  final String channel;
  final int pageSize;
  final TreeMap<Long, long[]> posts = new TreeMap<>(); // id -> {views, epoch second}

  TelegramChannelModel(String channel, int pageSize) {
    this.channel = channel;
    this.pageSize = pageSize;
  }

  void post(long id, long views) {
    posts.put(id, new long[] {views, 1_730_450_000L + id * 600});
  }

  String text(long id) {
    return "Communiqué n°" + id + " : point de situation à Gao et Tombouctou.";
  }

  String documentId(long id) {
    return ContentId.ofPost("telegram", channel, channel + "/" + id, text(id));
  }

  void serve(LiveHarness h) {
    h.server.on(
        "/s/" + channel,
        exchange -> {
          if (!h.failed(exchange)) {
            page(exchange);
          }
        });
  }

  private void page(HttpExchange exchange) throws IOException {
    String q = exchange.getRequestURI().getRawQuery();
    long before =
        q != null && q.startsWith("before=") ? Long.parseLong(q.substring(7)) : Long.MAX_VALUE;
    List<Long> shown = new ArrayList<>(posts.headMap(before, false).descendingKeySet());
    shown = new ArrayList<>(shown.subList(0, Math.min(pageSize, shown.size())));
    java.util.Collections.reverse(shown);
    boolean older = !shown.isEmpty() && posts.lowerKey(shown.getFirst()) != null;
    StringBuilder html = new StringBuilder();
    html.append(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Sahel Info – Telegram</title>\n");
    if (older) {
      html.append("<link rel=\"prev\" href=\"/s/")
          .append(channel)
          .append("?before=")
          .append(shown.getFirst())
          .append("\">\n");
    }
    html.append("</head>\n<body class=\"widget_frame_base tgme_webpage\">\n")
        .append("<main class=\"tgme_main\"><div class=\"tgme_container\">\n")
        .append("<section class=\"tgme_channel_history js-message_history\">\n");
    if (older) {
      html.append("<div class=\"tgme_widget_message_centered js-messages_more_wrap\"><a href=\"/s/")
          .append(channel)
          .append("?before=")
          .append(shown.getFirst())
          .append("\" data-before=\"")
          .append(shown.getFirst())
          .append("\" class=\"tme_messages_more js-messages_more\"></a></div>\n");
    }
    for (long id : shown) {
      html.append(message(id));
    }
    html.append("</section>\n</div></main>\n</body></html>\n");
    TestWebServer.send(
        exchange,
        200,
        "text/html; charset=utf-8",
        html.toString().getBytes(StandardCharsets.UTF_8));
  }

  private String message(long id) {
    long[] p = posts.get(id);
    String time = Instant.ofEpochSecond(p[1]).toString().replace("Z", "+00:00");
    return "<div class=\"tgme_widget_message_wrap js-widget_message_wrap\">"
        + "<div class=\"tgme_widget_message text_not_supported_wrap js-widget_message\" data-post=\""
        + channel
        + "/"
        + id
        + "\" data-view=\"eyJjIjotMTAwMTIzNH0\">\n"
        + " <div class=\"tgme_widget_message_bubble\">\n"
        + "  <div class=\"tgme_widget_message_author accent_color\"><a class=\"tgme_widget_message_owner_name\" href=\"https://t.me/"
        + channel
        + "\"><span dir=\"auto\">Sahel Info</span></a></div>\n"
        + "  <div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">"
        + text(id)
        + "</div>\n"
        + "  <div class=\"tgme_widget_message_footer compact js-message_footer\"><div class=\"tgme_widget_message_info short js-message_info\">"
        + "<span class=\"tgme_widget_message_views\">"
        + views(p[0])
        + "</span><span class=\"copyonly\"> views</span>"
        + "<span class=\"tgme_widget_message_meta\"><a class=\"tgme_widget_message_date\" href=\"https://t.me/"
        + channel
        + "/"
        + id
        + "\"><time datetime=\""
        + time
        + "\" class=\"time\">10:00</time></a></span></div></div>\n"
        + " </div>\n</div></div>\n";
  }

  /** As Telegram prints them: 987, 1.2K, 3.4M. */
  static String views(long v) {
    if (v < 1000) {
      return Long.toString(v);
    }
    return v < 1_000_000
        ? String.format(Locale.ROOT, "%.1fK", v / 1000.0)
        : String.format(Locale.ROOT, "%.1fM", v / 1_000_000.0);
  }
}
