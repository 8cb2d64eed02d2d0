package org.vigie.collect.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.collect.DocumentSink;
import org.vigie.document.Account;
import org.vigie.document.ErrorCause;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;
import org.vigie.document.Relation;
import org.vigie.document.Relation.Kind;

/**
 * An X (Twitter) archive's {@code tweets.js}: {@code window.YTD.tweets.part0 = [{"tweet": {…}}…]},
 * its JavaScript prefix skipped while streaming, each tweet parsed on its own (see {@link
 * JsonRecords}).
 *
 * <p>A tweet becomes a post: {@code id_str}, {@code created_at} ({@code Wed Oct 10 20:19:24 +0000
 * 2018}), {@code full_text} (its {@code t.co} links replaced by their {@code expanded_url}, media
 * links removed, HTML entities decoded), {@code favorite_count} (reactions) and {@code
 * retweet_count} (shares), and its relations: RETWEET ({@code retweeted_status}, or a text starting
 * {@code RT @handle:}), REPLY ({@code in_reply_to_*}), QUOTE ({@code quoted_status_id_str}),
 * MENTION ({@code entities.user_mentions}), LINK ({@code entities.urls}), HASHTAG and MEDIA. The
 * author is the archive's account, read from the {@code account.js} beside the file, else the one
 * given in the options. A tweet without text, without id or with a bad date is reported.
 */
public final class XArchive implements ExportReader {
  static final String PLATFORM = "x";
  private static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
  private static final Pattern RETWEET = Pattern.compile("^RT @(\\w{1,15}):");
  private static final Pattern PERMALINK =
      Pattern.compile("^https?://(?:www\\.)?(?:twitter|x)\\.com/(\\w{1,15})/status/(\\d+)");

  private final Account fallback;

  /**
   * @param fallback the archive's account when no {@code account.js} is beside the file
   */
  public XArchive(Account fallback) {
    this.fallback = fallback;
  }

  @Override
  public void read(ExportFile file, DocumentSink sink) throws IOException {
    Account account = accountBeside(file.path());
    try (JsonSkimmer json = new JsonSkimmer(file.openStream())) {
      if (!json.skipToArray(64 * 1024)) {
        throw new JsonSkimmer.MalformedJsonException(
            "not an X archive file: no '[' after its 'window.YTD…' prefix",
            json.offset(),
            json.line());
      }
      JsonRecords.readArray(
          json, file, sink, "tweet", 0, (origin, node) -> toPost(file, origin, account, node));
    }
  }

  /** The account of {@code account.js} in the same folder, or the fallback. */
  private Account accountBeside(Path tweets) throws IOException {
    Path accountJs = tweets.resolveSibling("account.js");
    if (!Files.isRegularFile(accountJs)) {
      return fallback;
    }
    try (JsonSkimmer json = new JsonSkimmer(Files.newInputStream(accountJs))) {
      if (!json.skipToArray(64 * 1024) || !json.capture(1 << 20)) {
        return fallback;
      }
      JsonNode first = JsonRecords.JSON.readTree(json.value(), 0, json.valueLength()).path(0);
      JsonNode a = first.path("account");
      String id = JsonRecords.text(a, "accountId");
      String handle = JsonRecords.text(a, "username");
      String name = JsonRecords.text(a, "accountDisplayName");
      Long followers = fallback == null ? null : fallback.followers();
      return id == null && handle == null
          ? fallback
          : new Account(PLATFORM, id, handle, name, followers);
    }
  }

  static RawDocument toPost(ExportFile file, String origin, Account account, JsonNode element)
      throws BadRecordException {
    JsonNode tweet = element.has("tweet") ? element.get("tweet") : element;
    if (!tweet.isObject()) {
      throw BadRecordException.malformed("expected an object with a 'tweet'");
    }
    String id = JsonRecords.scalar(tweet, "id_str");
    if (id == null) {
      id = JsonRecords.scalar(tweet, "id");
    }
    if (id == null) {
      throw BadRecordException.malformed("no 'id_str'");
    }
    String fullText = JsonRecords.string(tweet, "full_text");
    if (fullText == null) {
      fullText = JsonRecords.string(tweet, "text");
    }
    if (fullText == null) {
      throw new BadRecordException(ErrorCause.NO_TEXT, "tweet " + id + " has no 'full_text'");
    }
    List<Relation> relations = new ArrayList<>();
    String text = expand(fullText, tweet.path("entities"), tweet.path("extended_entities"));
    context(tweet, fullText, relations);
    entities(tweet, relations);
    PostMetadata post =
        new PostMetadata(
            PLATFORM,
            id,
            account,
            Posts.engagement(
                null,
                JsonRecords.count(tweet, "retweet_count"),
                JsonRecords.count(tweet, "favorite_count"),
                JsonRecords.count(tweet, "reply_count")),
            relations,
            createdAt(JsonRecords.scalar(tweet, "created_at")),
            null);
    String url =
        account != null && account.handle() != null
            ? "https://x.com/" + account.handle() + "/status/" + id
            : null;
    return Posts.document(file, origin, text, url, null, post);
  }

  static String createdAt(String value) throws BadRecordException {
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value, CREATED_AT).toInstant().toString();
    } catch (DateTimeParseException e) {
      throw BadRecordException.malformed("created_at is not a date: '" + value + "'");
    }
  }

  /** The text with t.co links expanded, media links removed and HTML entities decoded. */
  private static String expand(String text, JsonNode entities, JsonNode extended) {
    String out = text;
    for (JsonNode u : entities.path("urls")) {
      String tco = JsonRecords.text(u, "url");
      String expanded = JsonRecords.text(u, "expanded_url");
      if (tco != null && expanded != null) {
        out = out.replace(tco, expanded);
      }
    }
    for (JsonNode m : mediaOf(entities, extended)) {
      String tco = JsonRecords.text(m, "url");
      if (tco != null) {
        out = out.replace(tco, "");
      }
    }
    return out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
  }

  /** RETWEET, REPLY and QUOTE. */
  private static void context(JsonNode tweet, String fullText, List<Relation> relations) {
    JsonNode retweeted = tweet.path("retweeted_status");
    Matcher rt = RETWEET.matcher(fullText);
    if (retweeted.isObject()) {
      JsonNode user = retweeted.path("user");
      Account author =
          new Account(
              PLATFORM,
              JsonRecords.text(user, "id_str"),
              JsonRecords.text(user, "screen_name"),
              JsonRecords.text(user, "name"),
              null);
      relations.add(new Relation(Kind.RETWEET, JsonRecords.text(retweeted, "id_str"), author));
    } else if (rt.find()) {
      relations.add(new Relation(Kind.RETWEET, null, mentioned(tweet, rt.group(1))));
    }
    String replyTo = JsonRecords.text(tweet, "in_reply_to_status_id_str");
    String replyUser = JsonRecords.text(tweet, "in_reply_to_user_id_str");
    String replyHandle = JsonRecords.text(tweet, "in_reply_to_screen_name");
    if (replyTo != null || replyUser != null) {
      Account to =
          replyUser == null && replyHandle == null
              ? null
              : new Account(PLATFORM, replyUser, replyHandle, null, null);
      relations.add(new Relation(Kind.REPLY, replyTo, to));
    }
    String quoted = JsonRecords.text(tweet, "quoted_status_id_str");
    if (quoted != null) {
      String permalink = JsonRecords.text(tweet.path("quoted_status_permalink"), "expanded");
      Matcher m = permalink == null ? null : PERMALINK.matcher(permalink);
      Account author =
          m != null && m.find() ? new Account(PLATFORM, null, m.group(1), null, null) : null;
      relations.add(new Relation(Kind.QUOTE, quoted, author));
    }
  }

  /** The account of a mention of {@code handle} in the tweet's entities, or the handle alone. */
  private static Account mentioned(JsonNode tweet, String handle) {
    for (JsonNode m : tweet.path("entities").path("user_mentions")) {
      if (handle.equalsIgnoreCase(JsonRecords.text(m, "screen_name"))) {
        return mention(m);
      }
    }
    return new Account(PLATFORM, null, handle, null, null);
  }

  private static Account mention(JsonNode m) {
    return new Account(
        PLATFORM,
        JsonRecords.text(m, "id_str"),
        JsonRecords.text(m, "screen_name"),
        JsonRecords.text(m, "name"),
        null);
  }

  /** MENTION (but not of the retweeted account), LINK, HASHTAG and MEDIA. */
  private static void entities(JsonNode tweet, List<Relation> relations) {
    JsonNode entities = tweet.path("entities");
    String retweeted =
        relations.stream()
            .filter(r -> r.kind() == Kind.RETWEET && r.account() != null)
            .map(r -> r.account().handle())
            .findFirst()
            .orElse(null);
    for (JsonNode m : entities.path("user_mentions")) {
      Account who = mention(m);
      if (who.handle() != null && !who.handle().equalsIgnoreCase(retweeted)) {
        relations.add(Relation.mention(who.handle(), who));
      }
    }
    for (JsonNode u : entities.path("urls")) {
      String url = JsonRecords.text(u, "expanded_url");
      if (url != null) {
        relations.add(Relation.link(url));
      }
    }
    for (JsonNode h : entities.path("hashtags")) {
      String tag = JsonRecords.text(h, "text");
      if (tag != null) {
        relations.add(Relation.hashtag(tag.toLowerCase(Locale.ROOT)));
      }
    }
    for (JsonNode m : mediaOf(entities, tweet.path("extended_entities"))) {
      String media = JsonRecords.text(m, "media_url_https");
      if (media != null) {
        relations.add(new Relation(Kind.MEDIA, media, null));
      }
    }
  }

  private static JsonNode mediaOf(JsonNode entities, JsonNode extended) {
    JsonNode media = extended.path("media");
    return media.isArray() && !media.isEmpty() ? media : entities.path("media");
  }
}
