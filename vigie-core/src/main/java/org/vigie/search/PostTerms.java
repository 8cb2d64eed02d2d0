package org.vigie.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.vigie.document.Account;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Relation;

/**
 * What a post is found and counted by, the same on every backend: its {@link SearchFields#PLATFORM}
 * ({@link #platform}), its {@link SearchFields#ACCOUNT} (matched by id and handle, counted by
 * handle else id) and its {@link SearchFields#RELATION}s (matched by kind and by kind:target for
 * the target post, URL or tag and the other account's id, handle and name; counted by kind).
 * Matched values are compared lower-cased by the backends; these are as written.
 */
public final class PostTerms {
  private PostTerms() {}

  /** The platform of its account, else a post's site; {@code null} for an article. */
  public static String platform(AnalyzedDocument doc) {
    Account account = doc.account();
    String platform = account != null ? account.platform() : null;
    if (platform == null && AnalyzedDocument.POST.equals(doc.type())) {
      platform = doc.site();
    }
    return platform == null || platform.isBlank() ? null : platform;
  }

  /** The values an {@code account:} filter matches: the account's id and handle. */
  public static Set<String> accountMatched(AnalyzedDocument doc) {
    Set<String> values = new LinkedHashSet<>();
    Account account = doc.account();
    if (account != null) {
      addIfPresent(values, account.id());
      addIfPresent(values, account.handle());
    }
    return values;
  }

  /** The value the account facet counts: the handle, else the id; {@code null} without one. */
  public static String accountCounted(AnalyzedDocument doc) {
    Account account = doc.account();
    if (account == null) {
      return null;
    }
    return account.handle() != null ? account.handle() : account.id();
  }

  /** The values a {@code relation:} filter matches: each kind, and kind:target. */
  public static Set<String> relationMatched(AnalyzedDocument doc) {
    Set<String> terms = new LinkedHashSet<>();
    for (Relation r : doc.relations()) {
      String kind = r.kind().term();
      terms.add(kind);
      Set<String> targets = new LinkedHashSet<>();
      addIfPresent(targets, r.target());
      if (r.account() != null) {
        addIfPresent(targets, r.account().id());
        addIfPresent(targets, r.account().handle());
        addIfPresent(targets, r.account().name());
      }
      targets.forEach(t -> terms.add(kind + ":" + t));
    }
    return terms;
  }

  /** The relation kinds the relation facet counts. */
  public static Set<String> relationCounted(AnalyzedDocument doc) {
    Set<String> kinds = new LinkedHashSet<>();
    doc.relations().forEach(r -> kinds.add(r.kind().term()));
    return kinds;
  }

  private static void addIfPresent(Set<String> values, String value) {
    if (value != null && !value.isBlank()) {
      values.add(value.strip());
    }
  }
}
