package org.vigie.document;

import java.util.Locale;
import java.util.Objects;

/**
 * A link from a post to something else on its platform or on the web: the account it forwards, the
 * post it replies to, an account it mentions, a page it links to. Together, the relations of many
 * posts make the account graph an analyst studies (who amplifies whom).
 *
 * @param kind what the post does with the target
 * @param target the object of the relation as text: for {@link Kind#FORWARD}, {@link Kind#RETWEET},
 *     {@link Kind#REPLY} and {@link Kind#QUOTE} the target post's id on the platform (or {@code
 *     null} when the export does not give it); for {@link Kind#LINK} the URL; for {@link
 *     Kind#HASHTAG} the tag without {@code #}; for {@link Kind#MEDIA} the attached file or its
 *     kind; for {@link Kind#MENTION} the handle without {@code @}
 * @param account the account on the other end (the forwarded channel, the retweeted or mentioned
 *     user, the author of the post replied to), or {@code null} when unknown
 */
public record Relation(Kind kind, String target, Account account) {

  /** What a post does with another post, account or page. */
  public enum Kind {
    /** Telegram: forwarded from another chat or channel. */
    FORWARD,
    /** X: a retweet of another account's tweet. */
    RETWEET,
    /** A reply to another post. */
    REPLY,
    /** A quote of another post, with the poster's own words. */
    QUOTE,
    /** Names an account ({@code @handle}). */
    MENTION,
    /** Links to a web page. */
    LINK,
    /** Carries a hashtag. */
    HASHTAG,
    /** Carries a photo, a video or another file. */
    MEDIA;

    /** The lower-case name used in search terms ({@code relation:forward}). */
    public String term() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Relation {
    Objects.requireNonNull(kind, "kind");
    if (target == null && account == null) {
      throw new IllegalArgumentException("a " + kind + " relation needs a target or an account");
    }
  }

  public static Relation link(String url) {
    return new Relation(Kind.LINK, url, null);
  }

  public static Relation hashtag(String tag) {
    return new Relation(Kind.HASHTAG, tag, null);
  }

  public static Relation mention(String handle, Account account) {
    return new Relation(Kind.MENTION, handle, account);
  }
}
