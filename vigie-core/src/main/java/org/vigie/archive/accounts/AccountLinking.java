package org.vigie.archive.accounts;

import java.time.Instant;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.PublishedTime;
import org.vigie.link.spi.Linker;
import org.vigie.store.DocumentStore;
import org.vigie.store.LinkedDocument;

/**
 * The account registry's linker, after the others: each new post records its author (first and last
 * seen at the post's time, a post more, its language, its follower count as a point of the series).
 * A document already stored never reaches it, so re-ingesting counts nothing twice.
 */
public final class AccountLinking implements Linker {
  private final AccountRegistry registry;

  public AccountLinking(AccountRegistry registry) {
    this.registry = registry;
  }

  @Override
  public LinkedDocument link(LinkedDocument linked, DocumentStore store) {
    AnalyzedDocument d = linked.document();
    if (AnalyzedDocument.POST.equals(d.type()) && d.account() != null) {
      registry.seen(d.site(), d.account(), when(d), d.language());
    }
    return linked;
  }

  static Instant when(AnalyzedDocument d) {
    if (d.published() != null) {
      try {
        return PublishedTime.toInstant(d.published());
      } catch (RuntimeException e) {
        // an unreadable date: the collection time
      }
    }
    return d.fetchedAt() != null ? d.fetchedAt() : Instant.EPOCH;
  }
}
