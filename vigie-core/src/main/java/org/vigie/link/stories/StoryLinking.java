package org.vigie.link.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.link.spi.Linker;
import org.vigie.store.DocumentStore;
import org.vigie.store.LinkedDocument;
import org.vigie.store.StoryRecord;

/**
 * Puts each dated original article in a story ({@link StoryClusterer}); copies follow their
 * original and are not clustered. One article is assigned at a time (the clusterer's lock).
 */
public final class StoryLinking implements Linker {
  private final StoryClusterer clusterer;

  public StoryLinking(StoryClusterer clusterer) {
    this.clusterer = clusterer;
  }

  /**
   * A standard clusterer whose window is rebuilt from the story records a store keeps for the
   * retention period before its newest one: work bounded by the window, not by the archive.
   */
  public static StoryLinking restoredFrom(DocumentStore store) {
    StoryClusterer clusterer = StoryClusterer.standard();
    Optional<LocalDate> newest = store.newestStoryDay();
    if (newest.isPresent()) {
      LocalDate from = newest.get().minusDays(clusterer.settings().retentionDays());
      List<StoryRecord> records = new ArrayList<>(store.storyRecordsFrom(from));
      records.sort(Comparator.comparing(StoryRecord::day).thenComparingInt(r -> r.story().size()));
      for (StoryRecord r : records) {
        StoryDocument doc =
            new StoryDocument(
                r.story().id() + "#" + r.story().size(), r.day(), r.title(), Map.of());
        clusterer.restore(r.story().id(), doc, r.vector());
      }
    }
    return new StoryLinking(clusterer);
  }

  @Override
  public LinkedDocument link(LinkedDocument document, DocumentStore store) {
    if (document.document().duplicateOf() != null) {
      return document;
    }
    Optional<StoryDocument> terms = StoryTerms.of(document.document());
    if (terms.isEmpty()) {
      return document;
    }
    StoryAssignment story;
    synchronized (clusterer) {
      story = clusterer.assign(terms.get());
    }
    return document.withStory(
        new StoryRecord(story.summary(), terms.get().date(), terms.get().title(), story.vector()));
  }
}
