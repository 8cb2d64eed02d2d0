package org.vigie.collect.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {
  /** The head of a WordPress news site's home page, as such sites publish it. */
  static final String HOME =
      """
      <!DOCTYPE html>
      <html lang="fr-FR">
      <head>
      <meta charset="UTF-8">
      <title>Studio Tamani &#8211; L’information au cœur du Mali</title>
      <link rel='dns-prefetch' href='//fonts.googleapis.com' />
      <link rel="alternate" type="application/rss+xml" title="Studio Tamani &raquo; Flux" href="https://www.studiotamani.org/feed/" />
      <link rel="alternate" type="application/rss+xml" title="Studio Tamani &raquo; Flux des commentaires" href="/comments/feed/" />
      <link rel="alternate" type="application/rss+xml" title="doublon" href="https://www.studiotamani.org/feed/" />
      <link rel="alternate" hreflang="en" href="https://www.studiotamani.org/en/" />
      <link rel="stylesheet" href="/wp-content/themes/tamani/style.css" type="text/css" />
      </head>
      <body><h1>Studio Tamani</h1></body></html>
      """;

  @Test
  void aHomePageIsAWebPageAndItsAnnouncedFeedsAreFound() {
    byte[] body = HOME.getBytes(StandardCharsets.UTF_8);
    assertThat(FeedDiscovery.isWebPage(null, body)).isTrue();
    assertThat(FeedDiscovery.isWebPage("text/html", "<p>".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(FeedDiscovery.announcedFeeds(body, URI.create("https://www.studiotamani.org/")))
        .containsExactly(
            "https://www.studiotamani.org/feed/", "https://www.studiotamani.org/comments/feed/");
  }

  @Test
  void aFeedIsNotAWebPage() {
    byte[] rss =
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(FeedDiscovery.isWebPage("application/rss+xml", rss)).isFalse();
  }

  @Test
  void theMessageSaysItIsAWebPageAndNamesTheFeeds() {
    assertThat(FeedDiscovery.message(java.util.List.of("https://lefaso.net/spip.php?page=backend")))
        .startsWith("c'est une page web, pas un flux ; elle annonce le flux https://lefaso.net/")
        .contains("vigie source edit ID --url https://lefaso.net/spip.php?page=backend");
    assertThat(FeedDiscovery.message(java.util.List.of()))
        .contains("n'annonce aucun flux")
        .contains("--kind site");
  }
}
