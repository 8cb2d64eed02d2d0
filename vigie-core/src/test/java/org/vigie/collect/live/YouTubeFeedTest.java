package org.vigie.collect.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;

class YouTubeFeedTest {
  private static final Instant NOW = Instant.parse("2024-11-02T10:00:00Z");

  @Test
  void entriesBecomeVideoPostsWithViewsAndRatings() throws Exception {
    Page page =
        YouTubeFeed.parse(
            Files.readString(Path.of("src/test/resources/live/youtube/videos.xml")), "yt", NOW);

    assertThat(page.nextCursor()).isNull();
    assertThat(page.posts()).hasSize(1);
    PostMetadata video = page.posts().getFirst().post();
    assertThat(video.postId()).isEqualTo("dQw4w9WgXcQ");
    assertThat(video.account().name()).isEqualTo("ORTM Officiel");
    assertThat(video.engagement()).isEqualTo(new Engagement(18345L, null, 412L, null));
    assertThat(video.published()).isEqualTo("2024-11-01T20:30:00Z");
    assertThat(new String(page.posts().getFirst().content(), StandardCharsets.UTF_8))
        .startsWith("Journal de 20h du 1er novembre 2024 & débat")
        .contains("<b>la campagne agricole</b>");
  }

  @Test
  void aBadCountIsNamed() {
    String body =
        "<feed><entry><yt:videoId>x</yt:videoId><media:statistics views=\"many\"/></entry></feed>";
    assertThatThrownBy(() -> YouTubeFeed.parse(body, "yt", NOW))
        .isInstanceOf(LiveFormatException.class)
        .hasMessageContaining("media:statistics views");
    assertThatThrownBy(() -> YouTubeFeed.parse("<html/>", "yt", NOW))
        .hasMessageContaining("'feed'");
  }
}
