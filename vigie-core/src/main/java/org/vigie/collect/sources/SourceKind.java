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
  IMPORT
}
