package org.vigie.analytics.coordination;

import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.collect.fetch.UrlNormalizer;
import org.vigie.document.Account;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.PublishedTime;
import org.vigie.document.Relation;

/**
 * Turns archived posts into a share log, across platforms, with the objects an analyst asks for:
 * the same canonical URL (tracking parameters dropped), the same hashtag, the same forwarded,
 * retweeted or quoted post (or, when a Telegram export does not give the post, the same forwarded
 * channel), the same text (a {@link TextClusters} cluster) and the same image (a {@code dhash:}
 * media target, written by collectors that hold the image's bytes). Each share's content is the
 * post's document id, so evidence leads back to documents. Accounts are keyed {@code platform/id}
 * (or {@code platform/handle}); posts without an author or without a time of day are left out and
 * counted. Not thread-safe.
 */
public final class PostShares {
  /** Every kind of object a post can carry. */
  public static final Set<ObjectKind> ALL =
      EnumSet.of(
          ObjectKind.URL,
          ObjectKind.HASHTAG,
          ObjectKind.FORWARD,
          ObjectKind.TEXT,
          ObjectKind.MEDIA);

  private final Set<ObjectKind> kinds;
  private final ShareLog log = new ShareLog();
  private final UrlNormalizer urls = new UrlNormalizer();
  private final TextClusters texts = new TextClusters(0.6);
  private final ImageClusters images = new ImageClusters(ImageClusters.SAME_PICTURE);
  private final Map<String, Account> accounts = new HashMap<>();
  private int posts;
  private int withoutAccount;
  private int withoutTime;

  public PostShares(Set<ObjectKind> kinds) {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("at least one kind of object is needed");
    }
    this.kinds = EnumSet.copyOf(kinds);
  }

  /** Adds a document's shares; an article, or a post without author or time, adds none. */
  public void add(AnalyzedDocument d) {
    if (!AnalyzedDocument.POST.equals(d.type())) {
      return;
    }
    posts++;
    Account account = d.account();
    String key = accountKey(d.site(), account);
    if (key == null) {
      withoutAccount++;
      return;
    }
    Long time = seconds(d.published());
    if (time == null) {
      withoutTime++;
      return;
    }
    accounts.putIfAbsent(key, account);
    String platform = platformOf(d, account);
    for (Relation r : d.relations()) {
      String object = object(platform, r);
      if (object != null) {
        log.add(new Share(key, object, d.id(), time, platform, kindOf(r.kind())));
      }
    }
    if (kinds.contains(ObjectKind.TEXT)) {
      String cluster = texts.add(d.id(), d.text());
      if (cluster != null) {
        log.add(new Share(key, "texte:" + cluster, d.id(), time, platform, ObjectKind.TEXT));
      }
    }
  }

  public ShareLog log() {
    return log;
  }

  /** The account behind a key, as its posts last showed it (handle, name, followers). */
  public Account account(String key) {
    return accounts.get(key);
  }

  public Map<String, Account> accounts() {
    return Map.copyOf(accounts);
  }

  /** Posts seen (articles are not counted). */
  public int posts() {
    return posts;
  }

  public int withoutAccount() {
    return withoutAccount;
  }

  /** Posts with only a date, or none: a second-level window cannot place them. */
  public int withoutTime() {
    return withoutTime;
  }

  /** {@code platform/id}, or {@code platform/handle}, or null without an author. */
  public static String accountKey(String platform, Account a) {
    if (a == null) {
      return null;
    }
    String p = a.platform() != null ? a.platform() : platform == null ? "" : platform;
    String id = a.id() != null && !a.id().isBlank() ? a.id() : a.handle();
    return id == null || id.isBlank() ? null : p.toLowerCase(Locale.ROOT) + "/" + id;
  }

  private static String platformOf(AnalyzedDocument d, Account a) {
    String p = a.platform() != null ? a.platform() : d.site();
    return p == null ? "" : p.toLowerCase(Locale.ROOT);
  }

  private String object(String platform, Relation r) {
    ObjectKind kind = kindOf(r.kind());
    if (kind == null || !kinds.contains(kind)) {
      return null;
    }
    return switch (r.kind()) {
      case LINK -> url(r.target());
      case HASHTAG ->
          r.target() == null || r.target().isBlank()
              ? null
              : "#" + r.target().strip().toLowerCase(Locale.ROOT);
      case FORWARD, RETWEET, QUOTE -> forwarded(platform, r);
      case MEDIA ->
          r.target() != null && r.target().startsWith("dhash:") ? images.add(r.target()) : null;
      default -> null;
    };
  }

  private String url(String target) {
    if (target == null || target.isBlank()) {
      return null;
    }
    String normal = urls.normalize(target);
    return "url:" + (normal != null ? normal : target.strip());
  }

  private static String forwarded(String platform, Relation r) {
    if (r.target() != null && !r.target().isBlank()) {
      return "post:" + platform + "/" + r.target();
    }
    String from = accountKey(platform, r.account());
    return from == null ? null : "de:" + from;
  }

  private static ObjectKind kindOf(Relation.Kind k) {
    return switch (k) {
      case LINK -> ObjectKind.URL;
      case HASHTAG -> ObjectKind.HASHTAG;
      case FORWARD, RETWEET, QUOTE -> ObjectKind.FORWARD;
      case MEDIA -> ObjectKind.MEDIA;
      default -> null;
    };
  }

  private static Long seconds(String published) {
    if (published == null || published.length() <= 10) {
      return null;
    }
    try {
      return PublishedTime.toInstant(published).getEpochSecond();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
