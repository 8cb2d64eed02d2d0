package org.vigie.analytics.coordination;

import java.util.Objects;

/**
 * One share in a share log: an account posted a content (a post, a tweet) that carries an object (a
 * link, a hashtag, an image hash…) at a time in seconds. The platform and the object's kind let a
 * multimodal log (posts of several platforms, several kinds of objects) label what coordinated
 * accounts pushed; they play no part in detection.
 *
 * @param account the account's id, never null
 * @param object the object's id; null or empty for a post that carries none (skipped)
 * @param content the content's id, never null
 * @param time seconds (Unix time, or any common origin)
 * @param platform where the post was made ("twitter", "facebook", "telegram"…), may be empty
 * @param kind what the object is
 */
public record Share(
    String account, String object, String content, long time, String platform, ObjectKind kind) {
  public Share {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(kind, "kind");
  }

  /** A share of an object of unknown kind on an unnamed platform. */
  public static Share of(String account, String object, String content, long time) {
    return new Share(account, object, content, time, "", ObjectKind.OTHER);
  }
}
