package org.vigie.collect.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.Relation;

class BlueskyAuthorFeedTest {
  private static final Instant NOW = Instant.parse("2024-11-02T10:00:00Z");

  @Test
  void repostsAndRepliesBecomeRelationsAndTheCursorIsKept() throws Exception {
    Page page =
        BlueskyAuthorFeed.parse(
            Files.readString(Path.of("src/test/resources/live/bluesky/author-feed.json")),
            "bsky",
            NOW);

    assertThat(page.nextCursor()).isEqualTo("2024-11-01T18:00:00.000Z");
    PostMetadata repost = page.posts().get(0).post();
    assertThat(repost.account().handle()).isEqualTo("studiotamani.bsky.social");
    assertThat(repost.relations().getFirst().kind()).isEqualTo(Relation.Kind.RETWEET);
    assertThat(repost.relations().getFirst().account().id())
        .isEqualTo("did:plc:kledu0000000000000000000");
    assertThat(repost.engagement()).isEqualTo(new Engagement(null, 14L, 40L, 3L));
    PostMetadata reply = page.posts().get(1).post();
    assertThat(reply.published()).isEqualTo("2024-11-01T18:00:00Z");
    assertThat(reply.relations()).extracting(Relation::kind).containsExactly(Relation.Kind.REPLY);
  }

  @Test
  void aMissingFieldIsNamed() {
    assertThatThrownBy(
            () ->
                BlueskyAuthorFeed.parse(
                    "{\"feed\":[{\"post\":{\"uri\":\"at://x\",\"author\":{\"did\":\"d\"}}}]}",
                    "s",
                    NOW))
        .isInstanceOf(LiveFormatException.class)
        .hasMessageContaining("'post.record'");
    assertThatThrownBy(() -> BlueskyAuthorFeed.parse("{}", "s", NOW))
        .hasMessageContaining("'feed'");
  }
}
