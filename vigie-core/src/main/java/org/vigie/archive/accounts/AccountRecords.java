package org.vigie.archive.accounts;

import java.time.Instant;
import java.util.List;

/** What the account registry keeps, as read back for pages, the API and the CLI. */
public final class AccountRecords {
  private AccountRecords() {}

  /** The labels editors give accounts and actors. */
  public static final List<String> LABELS =
      List.of("média", "officiel", "politique", "influenceur", "société civile", "suspect");

  /**
   * An account seen in posts.
   *
   * @param followers the latest count seen, or null when no export gave one
   * @param actorId the actor it belongs to, or null
   */
  public record SeenAccount(
      String platform,
      String id,
      String handle,
      String name,
      Instant firstSeen,
      Instant lastSeen,
      int posts,
      List<String> languages,
      Long followers,
      List<String> labels,
      boolean watched,
      Long actorId) {
    /** {@code @handle (Name)}, or the name, or the id. */
    public String label() {
      boolean h = handle != null && !handle.isBlank();
      boolean n = name != null && !name.isBlank();
      if (h && n && !name.equalsIgnoreCase(handle)) {
        return "@" + handle + " (" + name + ")";
      }
      return h ? "@" + handle : n ? name : id;
    }

    public String path() {
      return "/accounts/" + platform + "/" + id;
    }
  }

  /** One follower count seen at a time. */
  public record FollowerPoint(Instant at, long followers) {}

  /** One person or organisation behind accounts on several platforms. */
  public record Actor(long id, String name, List<String> labels, String note, Instant createdAt) {
    public String path() {
      return "/actors/" + id;
    }
  }

  /** An entity found in texts (a person, an organisation) that an editor tied to an actor. */
  public record EntityLink(String type, String name) {}

  /**
   * Two accounts that may be one actor's, and why: the same handle, or the same name, on two
   * platforms.
   */
  public record Suggestion(SeenAccount a, SeenAccount b, String reason) {}
}
