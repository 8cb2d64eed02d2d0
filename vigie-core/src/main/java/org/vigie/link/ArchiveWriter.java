package org.vigie.link;

import java.util.List;
import java.util.Objects;
import org.vigie.document.AnalyzedDocument;
import org.vigie.link.dedup.DuplicateLinking;
import org.vigie.link.spi.Linker;
import org.vigie.link.stories.StoryLinking;
import org.vigie.link.topics.TopicLinking;
import org.vigie.link.topics.TopicTagger;
import org.vigie.store.AddOutcome;
import org.vigie.store.DocumentStore;
import org.vigie.store.LinkedDocument;

/**
 * The link step between the analysis pipeline and the store: every document goes through the same
 * {@link Linker}s in the same order (duplicates, then stories, then topics), whatever the backend,
 * and is then written with what they found. This is where archive-wide work plugs in. Thread-safe.
 */
public final class ArchiveWriter {
  private final DocumentStore store;
  private final List<Linker> linkers;

  public ArchiveWriter(DocumentStore store, List<Linker> linkers) {
    this.store = Objects.requireNonNull(store, "store");
    this.linkers = List.copyOf(linkers);
    store.onRefresh(() -> this.linkers.forEach(Linker::refreshed));
  }

  /**
   * The standard link step over a store: near-duplicates linked to their original, dated original
   * articles put in stories (the clusterer's window rebuilt from the store), topics tagged.
   */
  public static ArchiveWriter standard(DocumentStore store, TopicTagger topics) {
    return standard(store, topics, List.of());
  }

  /** The standard link step, then {@code more} linkers (alerts: matched once topics are known). */
  public static ArchiveWriter standard(DocumentStore store, TopicTagger topics, Linker... more) {
    return standard(store, topics, List.of(more));
  }

  private static ArchiveWriter standard(
      DocumentStore store, TopicTagger topics, List<Linker> more) {
    List<Linker> linkers = new java.util.ArrayList<>();
    linkers.add(DuplicateLinking.standard());
    linkers.add(StoryLinking.restoredFrom(store));
    linkers.add(new TopicLinking(topics));
    linkers.addAll(more);
    return new ArchiveWriter(store, linkers);
  }

  /** The standard link step with no topics. */
  public static ArchiveWriter standard(DocumentStore store) {
    return standard(store, TopicTagger.NONE);
  }

  /**
   * Links and stores a document unless one with the same id is already stored or being stored. Of
   * two copies written at the same time, one becomes the original.
   */
  public AddOutcome add(AnalyzedDocument document) {
    LinkedDocument prepared = LinkedDocument.of(document);
    for (Linker linker : linkers) {
      prepared = linker.prepare(prepared);
    }
    LinkedDocument ready = prepared;
    return store.write(document.id(), () -> linkAll(ready));
  }

  /** Whether it was added (as an original or a copy) rather than already there. */
  public boolean addIfAbsent(AnalyzedDocument document) {
    return add(document) != AddOutcome.DUPLICATE;
  }

  private LinkedDocument linkAll(LinkedDocument document) {
    for (Linker linker : linkers) {
      document = linker.link(document, store);
    }
    return document;
  }

  /** Makes every write so far durable and visible to searches. */
  public void commit() {
    store.commit();
  }

  public DocumentStore store() {
    return store;
  }
}
