package org.vigie.archive.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.sources.SourceRunner;
import org.vigie.collect.sources.SourceKind;

/**
 * A Bluesky author feed paged with its cursor, a repost among the posts: each item once, a second
 * poll adds nothing and records the new likes, a deleted post is marked, a 429 waited out.
 */
class BlueskyLiveIT {
  static final String FEED = "/xrpc/app.bsky.feed.getAuthorFeed";

  @TempDir Path data;
  private LiveHarness h;
  private BlueskyModel appView;

  @BeforeEach
  void start() throws Exception {
    h = new LiveHarness(data);
    appView = new BlueskyModel(2);
    for (int n = 1; n <= 6; n++) {
      appView.post(n, 5L * n, n == 4);
    }
    appView.serve(h);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void pagesWithTheCursorThenRefreshesLikesAndMarksADeletedPost() {
    h.add("sahel-bsky", SourceKind.BLUESKY, "@sahelinfo.bsky.social", Map.of());
    String second = FEED + "?actor=sahelinfo.bsky.social&limit=50&cursor=" + cursor(5);
    h.fail(second, 429, "0", 1);
    SourceRunner.Result first = h.run("sahel-bsky");
    assertThat(first.succeeded()).as(first.error()).isTrue();
    assertThat(first.report().added()).isEqualTo(6);
    assertThat(h.hits(second)).isEqualTo(2);
    for (int n = 1; n <= 6; n++) {
      assertThat(h.stored(appView.documentId(n))).as("item %d", n).isTrue();
    }

    String removed = appView.documentId(5);
    appView.post(6, 99, false);
    appView.post(4, 77, true);
    appView.items.remove(BlueskyModel.time(5));
    SourceRunner.Result again = h.run("sahel-bsky");
    assertThat(again.succeeded()).as(again.error()).isTrue();
    assertThat(again.report().added()).isZero();
    assertThat(h.history(appView.documentId(6)))
        .extracting(s -> s.engagement().reactions())
        .containsExactly(30L, 99L);
    assertThat(h.history(appView.documentId(4)))
        .as("the repost, on the newest page now")
        .extracting(s -> s.engagement().reactions())
        .containsExactly(20L, 77L);
    assertThat(h.removal(removed)).isNotNull();
    assertThat(h.removal(appView.documentId(4))).isNull();
    assertThat(h.removal(appView.documentId(3))).isNull();
  }

  private static String cursor(int n) {
    return java.time.Instant.ofEpochMilli(BlueskyModel.time(n)).toString().replace(":", "%3A");
  }
}
