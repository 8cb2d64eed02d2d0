package org.vigie.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.AnalyzedDocument;
import org.vigie.link.ArchiveWriter;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;

/**
 * Facet counts over an index of several segments, where each segment numbers its values its own
 * way: the counts and their order must be those of a plain count over the documents.
 */
class FacetCountsTest {
  @TempDir Path folder;

  /** Site {@code i} of 80 is on {@code 1 + i % 7} documents, spread over four commits. */
  private static List<AnalyzedDocument> documents() {
    List<AnalyzedDocument> docs = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      for (int k = 0; k <= i % 7; k++) {
        String site = "site-%02d.example".formatted(i);
        docs.add(
            LuceneIndexTest.doc(
                "Article %d de %s".formatted(k, site),
                "Le conseil municipal de %s s'est réuni pour la %d-ième fois.".formatted(site, k),
                "2020-0%d-15".formatted(1 + (i + k) % 9),
                "fra",
                site));
      }
    }
    return docs;
  }

  @Test
  void countsAcrossSegmentsEqualAPlainCountTopValuesFirstTiesInValueOrder() {
    List<AnalyzedDocument> docs = documents();
    try (LuceneIndex index = LuceneIndex.open(folder)) {
      ArchiveWriter archiveWriter = ArchiveWriter.standard(index);
      for (int i = 0; i < docs.size(); i++) {
        archiveWriter.addIfAbsent(docs.get(i));
        if (i % (docs.size() / 4) == 0) {
          index.commit();
        }
      }
      index.commit();
      SearchResult all = index.search(SearchRequest.of(""));
      assertThat(all.total()).isEqualTo(docs.size());
      assertThat(facet(all, SearchFields.SITE)).isEqualTo(expected(docs, SearchFields.SITE));
      assertThat(facet(all, SearchFields.MONTH)).isEqualTo(expected(docs, SearchFields.MONTH));
      assertThat(facet(all, SearchFields.SITE))
          .hasSize(50)
          .first()
          .isEqualTo(new SearchResult.FacetValue("site-06.example", 7));

      AnalyzedDocument late =
          LuceneIndexTest.doc(
              "Un nouveau site",
              "Un texte venu d'un site encore inconnu.",
              "2021-01-01",
              "fra",
              "aaa-nouveau.example");
      archiveWriter.addIfAbsent(late);
      index.commit();
      SearchResult again = index.search(SearchRequest.of("inconnu"));
      assertThat(again.total()).isEqualTo(1);
      assertThat(facet(again, SearchFields.SITE))
          .containsExactly(new SearchResult.FacetValue("aaa-nouveau.example", 1));
    }
  }

  private static List<SearchResult.FacetValue> facet(SearchResult result, String field) {
    return result.facets().stream()
        .filter(f -> f.field().equals(field))
        .findFirst()
        .orElseThrow()
        .values();
  }

  private static List<SearchResult.FacetValue> expected(List<AnalyzedDocument> docs, String field) {
    Map<String, Long> counts = new TreeMap<>();
    for (AnalyzedDocument d : docs) {
      String value = field.equals(SearchFields.SITE) ? d.site() : d.published().substring(0, 7);
      counts.merge(value, 1L, Long::sum);
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(50)
        .map(e -> new SearchResult.FacetValue(e.getKey(), e.getValue()))
        .toList();
  }
}
