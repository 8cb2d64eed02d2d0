package org.vigie.collect.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vigie.collect.sources.SourceException;
import org.vigie.collect.sources.SourceKind;

/** The location forms of each live kind, their page URLs, and locations refused by name. */
class LiveLocationTest {

  @Test
  void telegramChannelsByHandleOrUrl() {
    for (String l :
        new String[] {
          "studiotamani", "@studiotamani", "t.me/studiotamani", "https://t.me/s/studiotamani/"
        }) {
      LiveLocation loc = LiveLocation.parse(SourceKind.TELEGRAM, l, null);
      assertThat(loc.name()).as(l).isEqualTo("studiotamani");
      assertThat(loc.pageUrl(null, null)).isEqualTo("https://t.me/s/studiotamani");
    }
    assertThat(
            LiveLocation.parse(SourceKind.TELEGRAM, "studiotamani", "http://127.0.0.1:8080/")
                .pageUrl("1201", null))
        .isEqualTo("http://127.0.0.1:8080/s/studiotamani?before=1201");
  }

  @Test
  void mastodonAccountsAndHashtags() {
    LiveLocation account =
        LiveLocation.parse(SourceKind.MASTODON, "@studiotamani@mastodon.social", null);
    assertThat(account.hashtag()).isFalse();
    assertThat(account.lookupUrl())
        .isEqualTo("https://mastodon.social/api/v1/accounts/lookup?acct=studiotamani");
    assertThat(account.pageUrl("113", "1001"))
        .isEqualTo("https://mastodon.social/api/v1/accounts/1001/statuses?limit=40&max_id=113");
    LiveLocation tag =
        LiveLocation.parse(SourceKind.MASTODON, "https://framapiaf.org/tags/élections", null);
    assertThat(tag.hashtag()).isTrue();
    assertThat(tag.pageUrl(null, null))
        .isEqualTo("https://framapiaf.org/api/v1/timelines/tag/%C3%A9lections?limit=40");
    assertThat(LiveLocation.parse(SourceKind.MASTODON, "#mali@mastodon.social", null).name())
        .isEqualTo("mali");
  }

  @Test
  void blueskyActorsAndYouTubeChannels() {
    assertThat(
            LiveLocation.parse(
                    SourceKind.BLUESKY, "https://bsky.app/profile/kledu.bsky.social", null)
                .pageUrl(null, null))
        .isEqualTo(
            "https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=kledu.bsky.social&limit=50");
    assertThat(LiveLocation.parse(SourceKind.BLUESKY, "did:plc:abc123", null).name())
        .isEqualTo("did:plc:abc123");
    assertThat(
            LiveLocation.parse(
                    SourceKind.YOUTUBE,
                    "https://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv",
                    null)
                .pageUrl(null, null))
        .isEqualTo("https://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv");
  }

  @Test
  void badLocationsAreRefusedNamingThem() {
    assertThatThrownBy(() -> LiveLocation.parse(SourceKind.TELEGRAM, "t.me/a b", null))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("telegram")
        .hasMessageContaining("'t.me/a b'");
    assertThat(LiveLocation.valid(SourceKind.MASTODON, "studiotamani")).as("no instance").isFalse();
    assertThat(LiveLocation.valid(SourceKind.YOUTUBE, "UCshort")).isFalse();
    assertThat(LiveLocation.valid(SourceKind.BLUESKY, "not a handle")).isFalse();
    assertThatThrownBy(() -> LiveLocation.parse(SourceKind.TELEGRAM, "studiotamani", "ftp://x"))
        .hasMessageContaining("baseUrl");
  }
}
