package org.vigie.collect.sources;

/** What a source is, which decides how it is collected. */
public enum SourceKind {
  /** An RSS 1, RSS 2 or Atom feed; the linked article pages are fetched too. */
  FEED,
  /** A sitemap or sitemap index (news sitemaps included); the listed pages are fetched. */
  SITEMAP,
  /** A site without feeds, crawled politely from its home page. */
  SITE,
  /** Files or a platform export (Telegram, X, CSV…) read from a path. */
  IMPORT,

  // live sources: public accounts polled page by page (org.vigie.collect.live)

  /** A public Telegram channel, read through its web preview ({@code t.me/s/<channel>}). */
  TELEGRAM,
  /** A public Mastodon account or hashtag timeline, read through the instance's REST API. */
  MASTODON,
  /** A Bluesky account's feed, read through the public AppView ({@code getAuthorFeed}). */
  BLUESKY,
  /** A YouTube channel's video feed ({@code feeds/videos.xml?channel_id=}). */
  YOUTUBE;

  /** Whether sources of this kind are public accounts polled live. */
  public boolean live() {
    return this == TELEGRAM || this == MASTODON || this == BLUESKY || this == YOUTUBE;
  }
}
