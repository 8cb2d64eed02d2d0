package org.vigie.document;

import java.util.List;
import java.util.Objects;

/**
 * What a platform export says about a post besides its text, carried from the collector to the
 * pipeline in {@link RawDocument#post()}: the analysis stages then keep the post's words as they
 * are (no article cleaning), give it a post id and copy these fields into the {@link
 * AnalyzedDocument}.
 *
 * @param platform {@code telegram}, {@code x}, {@code facebook}, {@code instagram}… (lower case)
 * @param postId the post's id on the platform, unique within it (a Telegram message id is prefixed
 *     with its chat's id, since message ids restart in every chat)
 * @param account the author, or {@code null} when the export does not say
 * @param engagement the post's metrics, or {@code null}
 * @param relations forwards, replies, mentions, links, hashtags and media, in the post's order
 * @param published when it was posted, ISO 8601, or {@code null}
 * @param edited when it was last edited, ISO 8601, or {@code null}
 */
public record PostMetadata(
    String platform,
    String postId,
    Account account,
    Engagement engagement,
    List<Relation> relations,
    String published,
    String edited) {

  public PostMetadata {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(postId, "postId");
    relations = relations == null ? List.of() : List.copyOf(relations);
  }

  /**
   * The account's stable id, or its handle, or an empty string: what the post id is hashed with.
   */
  public String accountKey() {
    if (account == null) {
      return "";
    }
    return account.id() != null ? account.id() : Objects.toString(account.handle(), "");
  }
}
