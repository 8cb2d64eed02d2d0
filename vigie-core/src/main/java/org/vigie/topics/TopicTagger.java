package org.vigie.topics;

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

  /** The ids of the topics {@code document} matches, sorted; empty when none. */
  List<String> topicsOf(AnalyzedDocument document);
}
