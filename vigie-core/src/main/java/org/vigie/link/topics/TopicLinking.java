package org.vigie.link.topics;

import java.util.Objects;
import org.vigie.link.spi.Linker;
import org.vigie.store.LinkedDocument;

/**
 * Tags each document with the topics whose stored queries it matches ({@link TopicMonitor} for an
 * archive's taxonomy): the same matching on every backend.
 */
public final class TopicLinking implements Linker {
  private final TopicTagger tagger;

  public TopicLinking(TopicTagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  @Override
  public LinkedDocument prepare(LinkedDocument document) {
    return document.withDocument(
        document.document().toBuilder().topics(tagger.topicsOf(document.document())).build());
  }
}
