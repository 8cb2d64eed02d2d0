package org.vigie.collect.live;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.collect.sources.SourceException;
import org.vigie.collect.sources.SourceKind;

/**
 * Which account a live source follows and where its pages are, read from the source's location.
 *
 * <ul>
 *   <li>{@code TELEGRAM}: {@code studiotamani}, {@code @studiotamani}, {@code t.me/studiotamani} or
 *       {@code https://t.me/s/studiotamani}; pages {@code <base>/s/<channel>?before=<id>}.
 *   <li>{@code MASTODON}: {@code @user@instance} or {@code https://instance/@user} (an account),
 *       {@code #tag@instance} or {@code https://instance/tags/tag} (a hashtag); pages {@code
 *       /api/v1/accounts/<id>/statuses} or {@code /api/v1/timelines/tag/<tag>}, {@code max_id}.
 *   <li>{@code BLUESKY}: a handle ({@code studiotamani.bsky.social}), a DID or {@code
 *       https://bsky.app/profile/<actor>}; pages {@code /xrpc/app.bsky.feed.getAuthorFeed}, {@code
 *       cursor}.
 *   <li>{@code YOUTUBE}: a channel id ({@code UC…}, 24 characters), or a channel or feed URL; one
 *       page {@code /feeds/videos.xml?channel_id=<id>}.
 * </ul>
 *
 * @param base the scheme and host the pages are fetched from (the platform's, unless the source's
 *     {@code baseUrl} option names another, for mirrors and tests), without a final slash
 * @param name the channel, the account's user name, the hashtag, the actor or the channel id
 * @param hashtag for Mastodon, whether {@code name} is a hashtag rather than an account
 */
public record LiveLocation(SourceKind kind, String base, String name, boolean hashtag) {
  private static final Pattern TELEGRAM =
      Pattern.compile(
          "(?:(?:https?://)?(?:www\\.)?(?:t|telegram)\\.me/(?:s/)?)?@?([A-Za-z]\\w{3,31})/?");
  private static final String HOST = "((?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,})";
  private static final Pattern MASTODON_ACCOUNT =
      Pattern.compile("@?([A-Za-z0-9_.-]{1,64})@" + HOST);
  private static final Pattern MASTODON_TAG = Pattern.compile("#([\\p{L}\\p{N}_]{1,100})@" + HOST);
  private static final Pattern MASTODON_URL =
      Pattern.compile(
          "https://" + HOST + "/(?:@([A-Za-z0-9_.-]{1,64})|tags/([\\p{L}\\p{N}_]{1,100}))/?");
  private static final Pattern BLUESKY =
      Pattern.compile(
          "(?:https://bsky\\.app/profile/)?@?(did:(?:plc|web):[A-Za-z0-9._:%-]{1,200}|"
              + "(?:[A-Za-z0-9-]{1,63}\\.)+[A-Za-z]{2,63})/?");
  private static final Pattern YOUTUBE =
      Pattern.compile(
          "(?:https://(?:www\\.)?youtube\\.com/(?:channel/|feeds/videos\\.xml\\?channel_id=))?"
              + "(UC[A-Za-z0-9_-]{22})/?");

  /**
   * The location of a live source of {@code kind}.
   *
   * @param baseUrl the source's {@code baseUrl} option, or {@code null} for the platform's host
   * @throws SourceException naming the location when it is not one of the forms above
   */
  public static LiveLocation parse(SourceKind kind, String location, String baseUrl) {
    String l = location == null ? "" : location.strip();
    LiveLocation parsed =
        switch (kind) {
          case TELEGRAM -> telegram(l);
          case MASTODON -> mastodon(l);
          case BLUESKY -> bluesky(l);
          case YOUTUBE -> youtube(l);
          default -> throw new SourceException("not a live source kind: " + kind);
        };
    if (parsed == null) {
      throw new SourceException(
          "not a " + kind.name().toLowerCase(Locale.ROOT) + " location: '" + location + "'");
    }
    return baseUrl == null ? parsed : parsed.withBase(base(baseUrl));
  }

  /** Whether {@code location} is a valid location for {@code kind}. */
  public static boolean valid(SourceKind kind, String location) {
    try {
      parse(kind, location, null);
      return true;
    } catch (SourceException e) {
      return false;
    }
  }

  private static LiveLocation telegram(String l) {
    Matcher m = TELEGRAM.matcher(l);
    return m.matches()
        ? new LiveLocation(SourceKind.TELEGRAM, "https://t.me", m.group(1), false)
        : null;
  }

  private static LiveLocation mastodon(String l) {
    Matcher m = MASTODON_TAG.matcher(l);
    if (m.matches()) {
      return mastodon(m.group(2), m.group(1), true);
    }
    m = MASTODON_ACCOUNT.matcher(l);
    if (m.matches()) {
      return mastodon(m.group(2), m.group(1), false);
    }
    m = MASTODON_URL.matcher(l);
    if (m.matches()) {
      return m.group(2) != null
          ? mastodon(m.group(1), m.group(2), false)
          : mastodon(m.group(1), m.group(3), true);
    }
    return null;
  }

  private static LiveLocation mastodon(String host, String name, boolean tag) {
    return new LiveLocation(
        SourceKind.MASTODON, "https://" + host.toLowerCase(Locale.ROOT), name, tag);
  }

  private static LiveLocation bluesky(String l) {
    Matcher m = BLUESKY.matcher(l);
    return m.matches()
        ? new LiveLocation(SourceKind.BLUESKY, "https://public.api.bsky.app", m.group(1), false)
        : null;
  }

  private static LiveLocation youtube(String l) {
    Matcher m = YOUTUBE.matcher(l);
    return m.matches()
        ? new LiveLocation(SourceKind.YOUTUBE, "https://www.youtube.com", m.group(1), false)
        : null;
  }

  /** {@code baseUrl} as scheme and authority, or a {@link SourceException} naming it. */
  private static String base(String baseUrl) {
    try {
      URI uri = new URI(baseUrl.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + uri.getRawAuthority() + path;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new SourceException("option baseUrl is not an http(s) URL: '" + baseUrl + "'");
  }

  private LiveLocation withBase(String newBase) {
    return new LiveLocation(kind, newBase, name, hashtag);
  }

  /** For a Mastodon account, the request that gives its id ({@code /api/v1/accounts/lookup}). */
  public String lookupUrl() {
    return base + "/api/v1/accounts/lookup?acct=" + encode(name);
  }

  /**
   * The page before {@code cursor} (the newest page when {@code null}).
   *
   * @param accountId for a Mastodon account, its id on the instance (from {@link #lookupUrl()})
   */
  public String pageUrl(String cursor, String accountId) {
    return switch (kind) {
      case TELEGRAM -> base + "/s/" + name + (cursor == null ? "" : "?before=" + encode(cursor));
      case MASTODON ->
          base
              + (hashtag
                  ? "/api/v1/timelines/tag/" + encode(name)
                  : "/api/v1/accounts/" + encode(accountId) + "/statuses")
              + "?limit=40"
              + (cursor == null ? "" : "&max_id=" + encode(cursor));
      case BLUESKY ->
          base
              + "/xrpc/app.bsky.feed.getAuthorFeed?actor="
              + encode(name)
              + "&limit=50"
              + (cursor == null ? "" : "&cursor=" + encode(cursor));
      case YOUTUBE -> base + "/feeds/videos.xml?channel_id=" + encode(name);
      default -> throw new IllegalStateException("not a live kind: " + kind);
    };
  }

  /** The platform's name, as posts carry it ({@code telegram}, {@code mastodon}…). */
  public String platform() {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
