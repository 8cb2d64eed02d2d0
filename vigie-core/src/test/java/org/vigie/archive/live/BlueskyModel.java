package org.vigie.archive.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.collect.fetch.TestWebServer;
import org.vigie.document.ContentId;

/**
 * Bluesky's public AppView for one actor: {@code /xrpc/app.bsky.feed.getAuthorFeed?actor=&limit=
 * &cursor=} answers {@code {feed: [{post: {uri, cid, author, record, counts, indexedAt}, reason?}],
 * cursor}} newest first, the cursor being the time of the page's last item (absent on the last
 * page). Items are keyed by their time in the feed; one of them is a repost of another account.
 */
final class BlueskyModel {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String DID = "did:plc:sahelinfo000000000000000";
  static final String OTHER = "did:plc:kledu0000000000000000000";
  static final long T0 = Instant.parse("2024-11-01T08:00:00Z").toEpochMilli();
  final int pageSize;
  final TreeMap<Long, long[]> items = new TreeMap<>(); // feed time -> {likes, reposted (0/1)}

  BlueskyModel(int pageSize) {
    this.pageSize = pageSize;
  }

  static long time(int n) {
    return T0 + n * 3_600_000L;
  }

  void post(int n, long likes, boolean repost) {
    items.put(time(n), new long[] {likes, repost ? 1 : 0});
  }

  static String uri(int n, boolean repost) {
    return "at://" + (repost ? OTHER : DID) + "/app.bsky.feed.post/3kz" + (1000 + n);
  }

  static String text(int n) {
    return "Ségou : la crue du Niger, bulletin " + n + ".";
  }

  String documentId(int n) {
    boolean repost = items.get(time(n))[1] == 1;
    String postId = repost ? uri(n, true) + "#repost:" + DID : uri(n, false);
    return ContentId.ofPost("bluesky", DID, postId, text(n));
  }

  void serve(LiveHarness h) {
    h.server.on(
        "/xrpc/app.bsky.feed.getAuthorFeed",
        exchange -> {
          if (!h.failed(exchange)) {
            page(exchange);
          }
        });
  }

  private void page(HttpExchange exchange) throws IOException {
    Map<String, String> q = MastodonModel.query(exchange.getRequestURI().getRawQuery());
    if (!DID.equals(q.get("actor")) && !"sahelinfo.bsky.social".equals(q.get("actor"))) {
      TestWebServer.send(
          exchange, 400, "application/json", "{\"error\":\"InvalidRequest\"}".getBytes());
      return;
    }
    long before =
        q.containsKey("cursor") ? Instant.parse(q.get("cursor")).toEpochMilli() : Long.MAX_VALUE;
    List<Long> times =
        items.headMap(before, false).descendingKeySet().stream().limit(pageSize).toList();
    ObjectNode root = JSON.createObjectNode();
    var feed = root.putArray("feed");
    for (long t : times) {
      int n = (int) ((t - T0) / 3_600_000L);
      long[] c = items.get(t);
      boolean repost = c[1] == 1;
      ObjectNode item = feed.addObject();
      ObjectNode post = item.putObject("post");
      post.put("uri", uri(n, repost)).put("cid", "bafyrei" + n);
      post.putObject("author")
          .put("did", repost ? OTHER : DID)
          .put("handle", repost ? "kledu.bsky.social" : "sahelinfo.bsky.social")
          .put("displayName", repost ? "Radio Kledu" : "Sahel Info");
      long created = repost ? t - 1_800_000L : t;
      post.putObject("record")
          .put("$type", "app.bsky.feed.post")
          .put("text", text(n))
          .put("createdAt", Instant.ofEpochMilli(created).toString())
          .putArray("langs")
          .add("fr");
      post.put("replyCount", 0).put("repostCount", 2).put("likeCount", c[0]).put("quoteCount", 0);
      post.put("indexedAt", Instant.ofEpochMilli(created + 1000).toString());
      if (repost) {
        item.putObject("reason")
            .put("$type", "app.bsky.feed.defs#reasonRepost")
            .put("indexedAt", Instant.ofEpochMilli(t).toString())
            .putObject("by")
            .put("did", DID)
            .put("handle", "sahelinfo.bsky.social")
            .put("displayName", "Sahel Info");
      }
    }
    if (!times.isEmpty() && items.lowerKey(times.getLast()) != null) {
      root.put("cursor", Instant.ofEpochMilli(times.getLast()).toString());
    }
    TestWebServer.send(exchange, 200, "application/json", JSON.writeValueAsBytes(root));
  }
}
