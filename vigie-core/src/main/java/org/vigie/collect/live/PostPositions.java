package org.vigie.collect.live;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.PostMetadata;

/**
 * A post's position in its source's order, as {@link LiveLedger} keeps it: 20 digits, so that
 * positions sort as strings. Telegram: the message id; Mastodon: the status id (time-ordered), or
 * the time for instances whose ids are not numbers; Bluesky and YouTube: the post's time in
 * milliseconds (a Bluesky repost's is when it was reposted, the feed's order).
 */
final class PostPositions {
  /** Above every position: the newest page covers everything newer than its oldest post. */
  static final String TOP = "99999999999999999999";

  private PostPositions() {}

  /**
   * @throws LiveFormatException naming the post when it has no usable id or time
   */
  static String of(SourceKind kind, PostMetadata post) {
    return switch (kind) {
      case TELEGRAM -> number(post.postId().substring(post.postId().lastIndexOf('/') + 1), post);
      case MASTODON ->
          post.postId().matches("\\d{1,19}") ? number(post.postId(), post) : time(post);
      default -> time(post);
    };
  }

  private static String number(String digits, PostMetadata post) {
    try {
      return pad(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      throw new LiveFormatException("post " + post.postId() + ": its id is not a number");
    }
  }

  private static String time(PostMetadata post) {
    if (post.published() == null) {
      throw new LiveFormatException("post " + post.postId() + ": it has no publication time");
    }
    try {
      return pad(Instant.parse(post.published()).toEpochMilli());
    } catch (DateTimeParseException e) {
      throw new LiveFormatException(
          "post " + post.postId() + ": its time is not an instant: '" + post.published() + "'");
    }
  }

  private static String pad(long n) {
    return String.format("%020d", Math.max(0, n));
  }

  /** The later of two positions, either {@code null}. */
  static String max(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
