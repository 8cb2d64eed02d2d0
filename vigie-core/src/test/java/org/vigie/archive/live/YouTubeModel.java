package org.vigie.archive.live;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.TreeMap;
import org.vigie.collect.fetch.TestWebServer;
import org.vigie.document.ContentId;

/**
 * A YouTube channel's Atom feed ({@code /feeds/videos.xml?channel_id=}) as YouTube serves it: the
 * newest videos, each with {@code yt:videoId}, title, {@code media:group} (description, {@code
 * media:starRating count}, {@code media:statistics views}); an {@code ETag} and {@code
 * Last-Modified}, and 304 to a conditional request that matches.
 */
final class YouTubeModel {
  static final String CHANNEL = "UCsahelinfo0000000000000";
  static final long T0 = Instant.parse("2024-11-01T20:00:00Z").getEpochSecond();
  final TreeMap<Integer, long[]> videos = new TreeMap<>(); // n -> {views, ratings}
  int version;

  void video(int n, long views) {
    videos.put(n, new long[] {views, views / 100});
    version++;
  }

  static String videoId(int n) {
    return "vid" + (10_000_000 + n);
  }

  static String title(int n) {
    return "Journal de 20h n°" + n + " : la rentrée scolaire à Kayes";
  }

  static String description(int n) {
    return "Au sommaire du journal " + n + " : la campagne agricole.";
  }

  String documentId(int n) {
    return ContentId.ofPost(
        "youtube", "sahelinfo0000000000000", videoId(n), title(n) + "\n\n" + description(n));
  }

  void serve(LiveHarness h) {
    h.server.on(
        "/feeds/videos.xml",
        exchange -> {
          if (!h.failed(exchange)) {
            feed(exchange);
          }
        });
  }

  private void feed(HttpExchange exchange) throws IOException {
    String etag = "\"feed-" + version + "\"";
    exchange.getResponseHeaders().set("ETag", etag);
    exchange
        .getResponseHeaders()
        .set("Last-Modified", "Sat, 02 Nov 2024 06:00:0" + Math.min(9, version) + " GMT");
    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append(
            "<feed xmlns:yt=\"http://www.youtube.com/xml/schemas/2015\" xmlns:media=\"http://search.yahoo.com/mrss/\" xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append(" <link rel=\"self\" href=\"http://www.youtube.com/feeds/videos.xml?channel_id=")
        .append(CHANNEL)
        .append("\"/>\n")
        .append(" <id>yt:channel:sahelinfo0000000000000</id>\n")
        .append(" <yt:channelId>sahelinfo0000000000000</yt:channelId>\n")
        .append(" <title>Sahel Info TV</title>\n")
        .append(" <author><name>Sahel Info TV</name><uri>https://www.youtube.com/channel/")
        .append(CHANNEL)
        .append("</uri></author>\n")
        .append(" <published>2015-03-02T10:00:00+00:00</published>\n");
    for (int n : videos.descendingKeySet()) {
      long[] v = videos.get(n);
      String published = Instant.ofEpochSecond(T0 + n * 86_400L).toString().replace("Z", "+00:00");
      xml.append(" <entry>\n")
          .append("  <id>yt:video:")
          .append(videoId(n))
          .append("</id>\n")
          .append("  <yt:videoId>")
          .append(videoId(n))
          .append("</yt:videoId>\n")
          .append("  <yt:channelId>")
          .append(CHANNEL)
          .append("</yt:channelId>\n")
          .append("  <title>")
          .append(title(n))
          .append("</title>\n")
          .append("  <link rel=\"alternate\" href=\"https://www.youtube.com/watch?v=")
          .append(videoId(n))
          .append("\"/>\n")
          .append("  <author><name>Sahel Info TV</name></author>\n")
          .append("  <published>")
          .append(published)
          .append("</published>\n")
          .append("  <updated>")
          .append(published)
          .append("</updated>\n")
          .append("  <media:group>\n")
          .append("   <media:title>")
          .append(title(n))
          .append("</media:title>\n")
          .append("   <media:description>")
          .append(description(n))
          .append("</media:description>\n")
          .append("   <media:community>\n")
          .append("    <media:starRating count=\"")
          .append(v[1])
          .append("\" average=\"5.00\" min=\"1\" max=\"5\"/>\n")
          .append("    <media:statistics views=\"")
          .append(v[0])
          .append("\"/>\n")
          .append("   </media:community>\n")
          .append("  </media:group>\n")
          .append(" </entry>\n");
    }
    xml.append("</feed>\n");
    TestWebServer.send(
        exchange,
        200,
        "application/atom+xml; charset=UTF-8",
        xml.toString().getBytes(StandardCharsets.UTF_8));
  }
}
