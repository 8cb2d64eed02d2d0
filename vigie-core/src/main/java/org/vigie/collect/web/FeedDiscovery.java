package org.vigie.collect.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Feed autodiscovery: whether a response given as a feed is a web page, and the feeds that page
 * announces in its head ({@code <link rel="alternate" type="application/rss+xml" href="…">}, or
 * Atom), so that a source registered with a site's home page instead of its feed is told which
 * address to use.
 */
public final class FeedDiscovery {
  private static final Set<String> FEED_TYPES =
      Set.of("application/rss+xml", "application/atom+xml", "application/feed+json");

  private FeedDiscovery() {}

  /** Whether the body is an HTML page: its media type says so, or it starts like one. */
  public static boolean isWebPage(String mediaType, byte[] body) {
    if (mediaType != null
        && (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml"))) {
      return true;
    }
    String head =
        new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3).stripLeading();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
  }

  /** The absolute feed addresses a page announces, in its order, each once. */
  public static List<String> announcedFeeds(byte[] html, URI base) {
    Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8), base.toString());
    Set<String> feeds = new LinkedHashSet<>();
    for (Element link : page.select("link[rel~=(?i)alternate][href]")) {
      String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
      String href = link.absUrl("href");
      if (FEED_TYPES.contains(type)
          && (href.startsWith("http://") || href.startsWith("https://"))) {
        feeds.add(href);
      }
    }
    return new ArrayList<>(feeds);
  }

  /**
   * What to tell the user, in French as the Sources page shows it: "c'est une page web, pas un
   * flux", and the feeds the page announces (or that it announces none).
   */
  public static String message(List<String> feeds) {
    return feeds.isEmpty()
        ? "c'est une page web, pas un flux, et elle n'annonce aucun flux : donnez l'adresse du"
            + " flux RSS ou Atom du site, ou enregistrez le site avec --kind site"
        : "c'est une page web, pas un flux ; elle annonce "
            + (feeds.size() == 1 ? "le flux " : "les flux ")
            + String.join(", ", feeds)
            + " : enregistrez "
            + (feeds.size() == 1 ? "celui-ci" : "l'un d'eux")
            + " (vigie source edit ID --url "
            + feeds.getFirst()
            + ")";
  }
}
