package org.vigie.link.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;
import org.vigie.link.ArchiveWriter;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchRequest;
import org.vigie.search.Sort;
import org.vigie.store.lucene.LuceneIndex;

/**
 * The monitor matches a document's title and text in one field (one clause per word), yet tags
 * exactly what a search of the index finds: no phrase across the title and the text, and {@code
 * texte:} still means the text alone.
 */
class TopicMonitorTest {
  @TempDir Path work;

  static final List<String> QUERIES =
      List.of(
          "MINUSMA",
          "texte:MINUSMA",
          "titre:MINUSMA",
          "«bilan les casques»",
          "«casques bleus» ET titre:bilan",
          "Gao SAUF MINUSMA",
          "casq* ET person:\"El-Ghassim Wane\"",
          "lieu:gao OU «maintien de la paix»",
          "language:fra ET casques");

  @Test
  void topicsTagWhatASearchFinds() {
    AnalyzedDocument doc =
        AnalyzedDocument.builder()
            .id("d1")
            .title("MINUSMA : bilan")
            .language("fra")
            .text("Les casques bleus quittent Gao, a dit El-Ghassim Wane.")
            .entities(
                List.of(
                    new Entity("Gao", EntityType.LOC, "Gao", 30, 33),
                    new Entity("El-Ghassim Wane", EntityType.PER, "El-Ghassim Wane", 41, 56)))
            .build();
    List<String> searched = new ArrayList<>();
    try (LuceneIndex index = LuceneIndex.open(work)) {
      ArchiveWriter archiveWriter = ArchiveWriter.standard(index);
      archiveWriter.add(doc);
      index.commit();
      for (int i = 0; i < QUERIES.size(); i++) {
        SearchRequest r =
            SearchRequest.matching(QueryParser.parse(QUERIES.get(i)))
                .sortedBy(Sort.NEWEST)
                .page(0, 1);
        if (index.search(r).total() > 0) {
          searched.add("t" + i);
        }
      }
    }
    try (TopicMonitor monitor = new TopicMonitor()) {
      for (int i = 0; i < QUERIES.size(); i++) {
        monitor.register("t" + i, QueryParser.parse(QUERIES.get(i)));
      }
      assertThat(monitor.size()).isEqualTo(QUERIES.size());
      assertThat(monitor.topicsOf(doc)).containsExactlyElementsOf(searched);
      assertThat(searched).containsExactly("t0", "t2", "t4", "t6", "t7", "t8");
      monitor.remove("t0");
      assertThat(monitor.topicsOf(doc)).doesNotContain("t0");
    }
  }

  /**
   * Proximities and phrases as written tag what a search finds too (issue #20): the monitor builds
   * its document's exact fields like the index's.
   */
  @Test
  void proximitiesAndPhrasesAsWrittenTagWhatASearchFinds() {
    AnalyzedDocument doc =
        AnalyzedDocument.builder()
            .id("d2")
            .title("Disparition : sans nouvelles de lui")
            .language("fra")
            .text("Les casques bleus quittent Gao ; la famille du journaliste est sans nouvelles.")
            .build();
    List<String> queries =
        List.of(
            "casques PRES/3 Gao",
            "«casques bleus» PRES/5 (Gao OU Kidal)",
            "Disparition PRES/5 casques",
            "«sans nouvelles de»",
            "texte:«sans nouvelles de»",
            "«nouvelle»",
            "nouvelle",
            "journalistes PRES/4 nouvelles",
            "texte:journaliste PRES/4 texte:nouvelles");
    List<String> searched = new ArrayList<>();
    try (LuceneIndex index = LuceneIndex.open(work)) {
      ArchiveWriter.standard(index).add(doc);
      index.commit();
      for (int i = 0; i < queries.size(); i++) {
        SearchRequest r = SearchRequest.matching(QueryParser.parse(queries.get(i))).page(0, 1);
        if (index.search(r).total() > 0) {
          searched.add("q" + i);
        }
      }
    }
    try (TopicMonitor monitor = new TopicMonitor()) {
      for (int i = 0; i < queries.size(); i++) {
        monitor.register("q" + i, QueryParser.parse(queries.get(i)));
      }
      assertThat(monitor.topicsOf(doc)).containsExactlyElementsOf(searched);
      assertThat(searched).containsExactly("q0", "q1", "q3", "q6", "q7", "q8");
    }
  }
}
