package org.vigie.link.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.analysis.Stages;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.FileCollector;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ContentId;
import org.vigie.link.ArchiveWriter;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;
import org.vigie.store.AddOutcome;
import org.vigie.store.lucene.LuceneIndex;

/**
 * The five seeds ingested with two republished copies of seed 000 (real fixture files: another
 * site's HTML page with its own headline, and a text copy with another header, footer and an edited
 * paragraph): five documents counted, seven stored, the copies linked to the original.
 */
class NearDuplicateIngestTest {
  static final Path COPIES = Path.of("src", "test", "resources", "dedup");

  @TempDir Path work;

  @Test
  void copiesOfASeedAreStoredLinkedAndCountedOnce() throws IOException {
    Path corpus = corpus();
    try (LuceneIndex index = LuceneIndex.open(work.resolve("index"))) {
      ArchiveWriter writer = ArchiveWriter.standard(index);
      // One worker: files are read in name order, so seed 000 is seen before its copies.
      Ingester ingester = new Ingester(Stages.standard(), writer, 1, 60_000);
      FileCollector collector = new FileCollector("files:corpus", Clock.systemUTC());
      IngestReport report =
          ingester.ingest((sink, read) -> collector.collect(List.of(corpus), sink, read), p -> {});
      assertThat(report.added()).isEqualTo(5);
      assertThat(report.copies()).isEqualTo(2);
      assertThat(report.failed()).isZero();

      SearchResult counted = index.search(all(false));
      assertThat(counted.total()).isEqualTo(5);
      assertThat(facetSum(counted, SearchFields.LANGUAGE)).isEqualTo(5);
      assertThat(facetSum(counted, SearchFields.SOURCE)).isEqualTo(5);
      SearchResult everything = index.search(all(true));
      assertThat(everything.total()).isEqualTo(7);
      assertThat(facetSum(everything, SearchFields.LANGUAGE)).isEqualTo(7);

      String seedId = ContentId.ofText(seedText(index));
      List<AnalyzedDocument> copies =
          everything.hits().stream()
              .map(SearchResult.Hit::document)
              .filter(d -> d.duplicateOf() != null)
              .toList();
      assertThat(copies).hasSize(2).allMatch(d -> d.duplicateOf().equals(seedId));
      assertThat(copies)
          .extracting(AnalyzedDocument::title)
          .anyMatch(t -> t.contains("la MINUSMA mise sur les blogueurs"));
      SearchResult.Hit seedHit =
          counted.hits().stream()
              .filter(h -> h.document().id().equals(seedId))
              .findFirst()
              .orElseThrow();
      assertThat(seedHit.copies()).isEqualTo(2);
      SearchResult listed =
          index.search(
              SearchRequest.matching(QueryParser.parse(""))
                  .withFilters(Map.of(SearchFields.DUPLICATE_OF, Set.of(seedId)))
                  .sortedBy(Sort.OLDEST));
      assertThat(listed.total()).isEqualTo(2);

      IngestReport again =
          ingester.ingest((sink, read) -> collector.collect(List.of(corpus), sink, read), p -> {});
      assertThat(again.duplicates()).isEqualTo(7);
      assertThat(index.count()).isEqualTo(7);
    }
  }

  /** Copies added at the same time by many threads: exactly one becomes the original. */
  @Test
  void concurrentCopiesNeverBothBecomeOriginals() throws Exception {
    try (LuceneIndex index = LuceneIndex.open(work.resolve("race"));
        ExecutorService pool = Executors.newFixedThreadPool(8)) {
      ArchiveWriter writer = ArchiveWriter.standard(index);
      for (int round = 0; round < 5; round++) {
        String text = MinHasherTest.seed("00" + round);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AnalyzedDocument>> added = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          String version = "Copie " + i + "\n" + text + "\nFin de la copie " + i;
          AnalyzedDocument d =
              AnalyzedDocument.builder().id(ContentId.ofText(version)).text(version).build();
          added.add(
              pool.submit(
                  () -> {
                    start.await();
                    AddOutcome outcome = writer.add(d);
                    return outcome == AddOutcome.ADDED ? d : null;
                  }));
        }
        start.countDown();
        int originals = 0;
        for (Future<AnalyzedDocument> f : added) {
          originals += f.get() == null ? 0 : 1;
        }
        assertThat(originals).as("round %d", round).isEqualTo(1);
        if (round % 2 == 0) {
          index.commit(); // later rounds look up the earlier ones in the index, not in memory
        }
      }
      index.commit();
      assertThat(index.search(all(false)).total()).isEqualTo(5);
      assertThat(index.search(all(true)).total()).isEqualTo(40);
    }
  }

  private Path corpus() throws IOException {
    Path corpus = work.resolve("corpus");
    Files.createDirectories(corpus.resolve("zz-copies"));
    try (var seeds = Files.list(Fixtures.seeds())) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, corpus.resolve(seed.getFileName()));
      }
    }
    try (var copies = Files.list(COPIES)) {
      for (Path copy : copies.toList()) {
        Files.copy(copy, corpus.resolve("zz-copies").resolve(copy.getFileName()));
      }
    }
    return corpus;
  }

  private static String seedText(LuceneIndex index) {
    SearchResult r =
        index.search(
            SearchRequest.matching(QueryParser.parse("\"base opérationnelle de la MINUSMA\""))
                .sortedBy(Sort.OLDEST)
                .withCopies(true));
    return r.hits().stream()
        .map(SearchResult.Hit::document)
        .filter(d -> d.duplicateOf() == null)
        .findFirst()
        .orElseThrow()
        .text();
  }

  private static SearchRequest all(boolean copies) {
    return SearchRequest.matching(QueryParser.parse(""))
        .sortedBy(Sort.OLDEST)
        .withFacets(SearchFields.DEFAULT_FACETS)
        .withCopies(copies);
  }

  private static long facetSum(SearchResult result, String field) {
    return result.facets().stream()
        .filter(f -> f.field().equals(field))
        .flatMap(f -> f.values().stream())
        .mapToLong(SearchResult.FacetValue::count)
        .sum();
  }
}
