package org.vigie.archive.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.collect.fetch.TestWebServer;
import org.vigie.document.ContentId;

/**
 * A Mastodon instance's REST API for one account: {@code /api/v1/accounts/lookup?acct=} gives the
 * account, {@code /api/v1/accounts/:id/statuses?limit=&max_id=} its statuses newest first as the
 * API documents them (id, created_at, url, content as HTML, counts, account, tags, mentions), with
 * the {@code Link: <…?max_id=…>; rel="next"} header while there are older ones.
 */
final class MastodonModel {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String ACCOUNT_ID = "109350000000000042";
  final int pageSize;
  final TreeMap<Long, long[]> statuses = new TreeMap<>(); // id -> {favourites, reblogs, replies}

  MastodonModel(int pageSize) {
    this.pageSize = pageSize;
  }

  static long id(int n) {
    return 113_400_000_000_000_000L + n * 1_000_000L;
  }

  void status(int n, long favourites) {
    statuses.put(id(n), new long[] {favourites, n, 1});
  }

  String text(long id) {
    return "Bamako : réunion du conseil communal, point " + (id % 1_000_000_000L) + ".";
  }

  String documentId(int n) {
    return ContentId.ofPost("mastodon", ACCOUNT_ID, Long.toString(id(n)), text(id(n)));
  }

  void serve(LiveHarness h) {
    h.server.on(
        "/api/v1/accounts/lookup",
        exchange -> {
          if (!h.failed(exchange)) {
            send(exchange, account());
          }
        });
    h.server.on(
        "/api/v1/accounts/" + ACCOUNT_ID + "/statuses",
        exchange -> {
          if (!h.failed(exchange)) {
            page(h, exchange);
          }
        });
  }

  private ObjectNode account() {
    return JSON.createObjectNode()
        .put("id", ACCOUNT_ID)
        .put("username", "studiotamani")
        .put("acct", "studiotamani")
        .put("display_name", "Studio Tamani")
        .put("followers_count", 12800);
  }

  private void page(LiveHarness h, HttpExchange exchange) throws IOException {
    Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
    long maxId = q.containsKey("max_id") ? Long.parseLong(q.get("max_id")) : Long.MAX_VALUE;
    List<Long> ids =
        statuses.headMap(maxId, false).descendingKeySet().stream().limit(pageSize).toList();
    ArrayNode array = JSON.createArrayNode();
    for (long id : ids) {
      long[] c = statuses.get(id);
      ObjectNode s = array.addObject();
      s.put("id", Long.toString(id));
      s.put("created_at", Instant.ofEpochMilli((id >> 16) / 1000 * 1000).toString());
      s.putNull("in_reply_to_id");
      s.put("visibility", "public");
      s.put("url", "https://mastodon.social/@studiotamani/" + id);
      s.put("replies_count", c[2]).put("reblogs_count", c[1]).put("favourites_count", c[0]);
      s.put("content", "<p>" + text(id) + "</p>");
      s.set("account", account());
      s.putArray("media_attachments");
      s.putArray("mentions");
      s.putArray("tags");
    }
    if (!ids.isEmpty() && statuses.lowerKey(ids.getLast()) != null) {
      exchange
          .getResponseHeaders()
          .set(
              "Link",
              "<"
                  + h.server.base()
                  + "/api/v1/accounts/"
                  + ACCOUNT_ID
                  + "/statuses?max_id="
                  + ids.getLast()
                  + ">; rel=\"next\"");
    }
    send(exchange, array);
  }

  private static void send(HttpExchange exchange, Object json) throws IOException {
    TestWebServer.send(
        exchange, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(json));
  }

  static Map<String, String> query(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          q.put(
              pair.substring(0, eq),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return q;
  }
}
