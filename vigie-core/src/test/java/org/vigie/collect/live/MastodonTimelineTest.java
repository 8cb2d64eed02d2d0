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
import org.vigie.document.Relation;

class MastodonTimelineTest {
  private static final Instant NOW = Instant.parse("2024-11-02T10:00:00Z");

  @Test
  void statusesBecomePostsWithBoostsRepliesAndTheNextMaxId() throws Exception {
    String body =
        Files.readString(Path.of("src/test/resources/live/mastodon/account-statuses.json"));
    Page page = MastodonTimeline.parse(body, "mastodon:studiotamani", NOW);

    assertThat(page.nextCursor()).isEqualTo("113390000000000007");
    assertThat(page.posts()).hasSize(2);
    PostMetadata boost = page.posts().get(0).post();
    assertThat(boost.account().id()).isEqualTo("1001");
    assertThat(boost.account().followers()).isEqualTo(12800L);
    assertThat(boost.relations().getFirst().kind()).isEqualTo(Relation.Kind.RETWEET);
    assertThat(boost.relations().getFirst().account().handle()).isEqualTo("kledu@framapiaf.org");
    assertThat(boost.relations())
        .contains(Relation.hashtag("mali"), new Relation(Relation.Kind.MEDIA, "image", null));
    assertThat(boost.engagement()).isEqualTo(new Engagement(null, 31L, 57L, 4L));
    String text = new String(page.posts().get(0).content(), StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("Bamako : coupure d'électricité dans plusieurs quartiers #mali");
    PostMetadata reply = page.posts().get(1).post();
    assertThat(reply.published()).isEqualTo("2024-11-01T18:12:00Z");
    assertThat(reply.relations())
        .extracting(Relation::kind)
        .containsExactly(Relation.Kind.REPLY, Relation.Kind.MENTION);
  }

  @Test
  void aStatusWithoutAccountIsANamedError() {
    assertThatThrownBy(
            () ->
                MastodonTimeline.parse(
                    "[{\"id\":\"1\",\"created_at\":\"2024-11-01T00:00:00Z\"}]", "s", NOW))
        .isInstanceOf(LiveFormatException.class)
        .hasMessageContaining("'account'");
    assertThatThrownBy(() -> MastodonTimeline.parse("{\"error\":\"x\"}", "s", NOW))
        .hasMessageContaining("array of statuses");
  }
}
