package org.vigie.link.topics;

import java.util.List;
import org.vigie.document.AnalyzedDocument;

/**
 * Finds the topics of the taxonomy a document matches, as the store adds it. Implementations are
 * thread-safe: every ingest worker calls one at once.
 */
@FunctionalInterface
public interface TopicTagger {

  /** Tags nothing. */
  TopicTagger NONE = document -> List.of();

  /** Keeps the topics a document already has (a copy between archives). */
  TopicTagger KEEP = AnalyzedDocument::topics;

  /** The ids of the topics {@code document} matches, sorted; empty when none. */
  List<String> topicsOf(AnalyzedDocument document);
}
