package org.vigie.link.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.analysis.Stages;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.FileCollector;
import org.vigie.document.AnalyzedDocument;
import org.vigie.link.ArchiveWriter;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchRequest;
import org.vigie.search.Sort;
import org.vigie.store.StorySummary;
import org.vigie.store.lucene.LuceneIndex;

/**
 * Real text through the whole pipeline: three articles about one attack in Gao on three days by
 * three sites make one story; the two unrelated articles of the same days and the five seeds (five
 * different events) each make their own.
 */
class StoryIngestTest {
  static final Path FIXTURES = Path.of("src", "test", "resources", "stories", "sahel-presse.jsonl");
  static final Path SEEDS = Fixtures.seeds();

  @TempDir Path work;

  @Test
  void articlesAboutTheGaoAttackMakeOneStoryAndTheOthersTheirOwn() {
    try (LuceneIndex index = LuceneIndex.open(work.resolve("index"))) {
      ArchiveWriter archiveWriter = ArchiveWriter.standard(index);
      IngestReport report = ingest(archiveWriter, 2, List.of(FIXTURES, SEEDS));
      assertThat(report.failed()).isZero();
      List<AnalyzedDocument> docs = all(index);
      assertThat(docs).hasSize(10);

      Map<String, List<String>> titlesByStory = new HashMap<>();
      for (AnalyzedDocument d : docs) {
        String key = d.storyId() == null ? "none:" + d.id() : d.storyId();
        titlesByStory.computeIfAbsent(key, k -> new ArrayList<>()).add(d.site());
      }
      List<AnalyzedDocument> gao =
          docs.stream().filter(d -> d.title() != null && d.title().contains("Gao")).toList();
      assertThat(gao).hasSize(3);
      assertThat(gao.stream().map(AnalyzedDocument::storyId).collect(Collectors.toSet()))
          .hasSize(1)
          .doesNotContainNull();
      assertThat(titlesByStory).as("stories: %s", titlesByStory).hasSize(8);

      StorySummary story = index.story(gao.get(0).storyId()).orElseThrow();
      assertThat(story.size()).isEqualTo(3);
      assertThat(story.first()).isEqualTo(LocalDate.of(2024, 2, 12));
      assertThat(story.last()).isEqualTo(LocalDate.of(2024, 2, 14));
      assertThat(story.label()).contains("Gao");
      assertThat(index.stories(10)).containsExactly(story);

      SearchRequest byStory =
          SearchRequest.matching(QueryParser.parse("story:" + story.id())).sortedBy(Sort.OLDEST);
      assertThat(index.search(byStory).hits())
          .extracting(h -> h.document().site())
          .containsExactly("Maliweb", "Studio Tamani", "Journal du Mali");
    }
  }

  @Test
  void theWindowIsRebuiltWhenTheIndexReopens() {
    Path folder = work.resolve("index");
    String storyId;
    try (LuceneIndex index = LuceneIndex.open(folder)) {
      ArchiveWriter archiveWriter = ArchiveWriter.standard(index);
      ingest(archiveWriter, 1, List.of(FIXTURES));
      storyId = index.stories(1).get(0).id();
    }
    try (LuceneIndex index = LuceneIndex.open(folder)) {
      ArchiveWriter archiveWriter = ArchiveWriter.standard(index);
      AnalyzedDocument later =
          AnalyzedDocument.builder()
              .id("later")
              .title("Gao : la MINUSMA renforce la sécurité de son camp après l’attaque")
              .published("2024-02-16")
              .text(
                  "Après l’attaque à la roquette qui a tué deux casques bleus dimanche soir, la"
                      + " MINUSMA renforce la sécurité de son camp de Gao.")
              .build();
      archiveWriter.add(later);
      index.commit();
      assertThat(index.get("later").orElseThrow().storyId()).isEqualTo(storyId);
      assertThat(index.story(storyId).orElseThrow().size()).isEqualTo(4);
    }
  }

  /** Reingesting changes nothing: duplicates are not assigned again. */
  @Test
  void reingestingKeepsTheStories() {
    try (LuceneIndex index = LuceneIndex.open(work.resolve("index"))) {
      ArchiveWriter archiveWriter = ArchiveWriter.standard(index);
      ingest(archiveWriter, 2, List.of(FIXTURES));
      Set<StorySummary> before = Set.copyOf(index.stories(10));
      IngestReport again = ingest(archiveWriter, 2, List.of(FIXTURES));
      assertThat(again.duplicates()).isEqualTo(5);
      assertThat(Set.copyOf(index.stories(10))).isEqualTo(before);
    }
  }

  /** Eight ways news sites put the Gao attack, two per article: never near-duplicates. */
  static final List<String> FACTS =
      List.of(
          "Des roquettes ont visé dimanche soir le camp de la MINUSMA à Gao.",
          "Deux casques bleus ont été tués dans l’attaque du camp de Gao.",
          "La MINUSMA confirme l’attaque de son camp de Gao.",
          "Les tirs de roquettes sur Gao ont duré vingt minutes.",
          "Les habitants de Gao ont entendu de fortes explosions.",
          "L’attaque contre la MINUSMA n’a pas été revendiquée.",
          "Des patrouilles ont été déployées autour du camp de Gao.",
          "Le Conseil de sécurité condamne l’attaque de Gao.");

  /** Articles about one new event stored at the same time by many threads end in one story. */
  @Test
  void concurrentArticlesAboutOneEventEndInOneStory() throws Exception {
    try (LuceneIndex index = LuceneIndex.open(work.resolve("race"));
        ExecutorService pool = Executors.newFixedThreadPool(8)) {
      ArchiveWriter archiveWriter = ArchiveWriter.standard(index);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> adds = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String text = FACTS.get(i) + " " + FACTS.get((i + 1) % FACTS.size());
        AnalyzedDocument d =
            AnalyzedDocument.builder()
                .id("race" + i)
                .title("Gao : roquettes sur le camp de la MINUSMA")
                .published("2024-02-1" + (2 + i % 3))
                .text(text)
                .build();
        adds.add(
            pool.submit(
                () -> {
                  start.await();
                  return archiveWriter.add(d);
                }));
      }
      start.countDown();
      for (var f : adds) {
        f.get();
      }
      index.commit();
      List<AnalyzedDocument> stored = all(index);
      assertThat(stored).hasSize(8); // no near-duplicates among them
      Set<String> stories =
          stored.stream().map(AnalyzedDocument::storyId).collect(Collectors.toSet());
      assertThat(stories).hasSize(1).doesNotContainNull();
      assertThat(index.story(stories.iterator().next()).orElseThrow().size()).isEqualTo(8);
    }
  }

  static IngestReport ingest(ArchiveWriter archiveWriter, int workers, List<Path> inputs) {
    Ingester ingester = new Ingester(Stages.standard(), archiveWriter, workers, 60_000);
    FileCollector collector = new FileCollector("files:test", Clock.systemUTC());
    return ingester.ingest((sink, read) -> collector.collect(inputs, sink, read), p -> {});
  }

  static List<AnalyzedDocument> all(LuceneIndex index) {
    SearchRequest request =
        SearchRequest.matching(QueryParser.parse("")).sortedBy(Sort.OLDEST).page(0, 100);
    return index.search(request).hits().stream().map(h -> h.document()).toList();
  }
}
