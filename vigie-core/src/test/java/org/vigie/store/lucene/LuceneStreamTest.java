package org.vigie.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ContentId;
import org.vigie.link.ArchiveWriter;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.Sort;

/** {@link LuceneIndex#forEachMatch}: every match once, in batches, filters and order honoured. */
class LuceneStreamTest {
  static final int DOCS = 2_345;

  @TempDir Path folder;
  LuceneIndex index;
  ArchiveWriter writer;

  @BeforeEach
  void fill() {
    index = LuceneIndex.open(folder);
    writer = ArchiveWriter.standard(index);
    for (int i = 0; i < DOCS; i++) {
      String text = "Note numéro " + i + (i % 3 == 0 ? " sur la paix à Gao." : " sur le marché.");
      writer.add(
          AnalyzedDocument.builder()
              .id(ContentId.ofText(text))
              .title("Note " + i)
              .text(text)
              .published(String.format("2020-01-01T00:00:%02dZ", i % 60))
              .language(i % 2 == 0 ? "fra" : "eng")
              .sourceId("test")
              .contentType("text/plain")
              .build());
    }
    index.commit();
  }

  @AfterEach
  void close() {
    index.close();
  }

  static SearchRequest request(String query, Map<String, Set<String>> filters, Sort sort) {
    return SearchRequest.matching(QueryParser.parse(query)).withFilters(filters).sortedBy(sort);
  }

  @Test
  void visitsEveryMatchExactlyOnceAcrossBatches() {
    Set<String> seen = new HashSet<>();
    AtomicInteger visits = new AtomicInteger();
    index.forEachMatch(
        request("", Map.of(), Sort.RELEVANCE),
        d -> {
          visits.incrementAndGet();
          seen.add(d.id());
          assertThat(d.text()).startsWith("Note numéro");
        });
    assertThat(visits.get()).isEqualTo(DOCS);
    assertThat(seen).hasSize(DOCS);
  }

  @Test
  void honoursTheQueryFiltersAndOrder() {
    SearchRequest french =
        request("numéro", Map.of(SearchFields.LANGUAGE, Set.of("fra")), Sort.NEWEST);
    long total = index.search(french).total();
    List<String> dates = new ArrayList<>();
    index.forEachMatch(french, d -> dates.add(d.published()));
    assertThat(total).isGreaterThan(SearchRequest.MAX_LIMIT);
    assertThat((long) dates.size()).isEqualTo(total);
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(Comparator.reverseOrder());
    assertThat(dates).isEqualTo(sorted);
  }

  @Test
  void anExceptionFromTheActionStopsTheVisit() {
    AtomicInteger visits = new AtomicInteger();
    assertThatThrownBy(
            () ->
                index.forEachMatch(
                    request("", Map.of(), Sort.RELEVANCE),
                    d -> {
                      if (visits.incrementAndGet() == 10) {
                        throw new IllegalStateException("client went away");
                      }
                    }))
        .hasMessage("client went away");
    assertThat(visits.get()).isEqualTo(10);
  }
}
