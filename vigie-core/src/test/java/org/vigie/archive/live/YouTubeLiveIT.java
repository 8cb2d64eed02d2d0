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
 * A YouTube channel feed: each video once, a second poll adds nothing and records the new views, a
 * video gone from the feed within its span is marked, an unchanged feed is a 304 that changes
 * nothing, a 503 with Retry-After waited out.
 */
class YouTubeLiveIT {
  static final String FEED = "/feeds/videos.xml?channel_id=" + YouTubeModel.CHANNEL;

  @TempDir Path data;
  private LiveHarness h;
  private YouTubeModel channel;

  @BeforeEach
  void start() throws Exception {
    h = new LiveHarness(data);
    channel = new YouTubeModel();
    for (int n = 1; n <= 4; n++) {
      channel.video(n, 1000L * n);
    }
    channel.serve(h);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void refreshesViewsConditionallyAndMarksAVideoGoneFromTheFeed() {
    h.add(
        "sahel-tv",
        SourceKind.YOUTUBE,
        "https://www.youtube.com/channel/" + YouTubeModel.CHANNEL,
        Map.of());
    h.fail(FEED, 503, "0", 1);
    SourceRunner.Result first = h.run("sahel-tv");
    assertThat(first.succeeded()).as(first.error()).isTrue();
    assertThat(first.report().added()).isEqualTo(4);
    assertThat(h.hits(FEED)).isEqualTo(2);
    for (int n = 1; n <= 4; n++) {
      assertThat(h.stored(channel.documentId(n))).as("video %d", n).isTrue();
    }

    SourceRunner.Result unchanged = h.run("sahel-tv");
    assertThat(unchanged.report().added()).isZero();
    assertThat(h.server.hits(FEED).getLast().header("If-none-match")).isEqualTo("\"feed-4\"");
    assertThat(h.server.hits(FEED).getLast().status()).isEqualTo(304);
    assertThat(h.history(channel.documentId(4))).hasSize(1);

    String gone = channel.documentId(2);
    channel.video(4, 9000);
    channel.videos.remove(2);
    SourceRunner.Result second = h.run("sahel-tv");
    assertThat(second.succeeded()).as(second.error()).isTrue();
    assertThat(second.report().added()).isZero();
    assertThat(h.history(channel.documentId(4)))
        .extracting(s -> s.engagement().views())
        .containsExactly(4000L, 9000L);
    assertThat(h.history(channel.documentId(3))).hasSize(1);
    assertThat(h.removal(gone)).isNotNull();
    assertThat(h.removal(channel.documentId(1))).isNull();
  }
}
