package org.vigie.collect.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vigie.document.PostMetadata;
import org.vigie.document.Relation;

class TelegramPreviewTest {
  private static final Instant NOW = Instant.parse("2024-11-02T10:00:00Z");

  @Test
  void messagesBecomePostsWithForwardsViewsAndTheOlderPage() throws Exception {
    Page page =
        TelegramPreview.parse(
            Files.readString(Path.of("src/test/resources/live/telegram/channel-preview.html")),
            "tg",
            NOW);

    assertThat(page.nextCursor()).isEqualTo("1201");
    assertThat(page.posts()).hasSize(2);
    PostMetadata first = page.posts().getFirst().post();
    assertThat(first.postId()).isEqualTo("studiotamani/1201");
    assertThat(first.published()).isEqualTo("2024-11-01T09:12:45Z");
    assertThat(first.engagement().views()).isEqualTo(1200L);
    assertThat(first.relations().getFirst().kind()).isEqualTo(Relation.Kind.FORWARD);
    assertThat(first.relations().getFirst().account().handle()).isEqualTo("radiokledu");
    assertThat(first.relations())
        .contains(
            Relation.link("https://www.studiotamani.org/gao-cours"),
            new Relation(Relation.Kind.MEDIA, "photo", null));
    String text = new String(page.posts().getFirst().content(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("Gao : reprise des cours lundi.")
        .doesNotContain("<b>")
        .doesNotContain("alert");
    assertThat(page.posts().get(1).post().engagement().views()).isEqualTo(987L);
  }

  @Test
  void badViewsAndMissingTimesAreNamed() {
    assertThat(TelegramPreview.views("3.4M", "x")).isEqualTo(3_400_000L);
    String noTime =
        "<div class=\"tgme_widget_message\" data-post=\"c/1\"><div class=\"tgme_widget_message_text\">x</div></div>";
    assertThatThrownBy(() -> TelegramPreview.parse(noTime, "tg", NOW))
        .isInstanceOf(LiveFormatException.class)
        .hasMessageContaining("c/1")
        .hasMessageContaining("<time datetime>");
    assertThatThrownBy(() -> TelegramPreview.views("lots", "m")).hasMessageContaining("views");
  }

  /** Found by fuzzing (docs/FUZZING.md): a data-post without a channel threw an index error. */
  @Test
  void aDataPostWithoutChannelIsNamed() {
    for (String dataPost : new String[] {"202", "/202", "c/-3", "c/"}) {
      String page =
          "<div class=\"tgme_widget_message\" data-post=\""
              + dataPost
              + "\"><div class=\"tgme_widget_message_text\">x</div></div>";
      assertThatThrownBy(() -> TelegramPreview.parse(page, "tg", NOW))
          .isInstanceOf(LiveFormatException.class)
          .hasMessage("Telegram preview: data-post is not channel/id: '" + dataPost + "'");
    }
  }
}
