package org.vigie.link.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.archive.Archive;
import org.vigie.archive.FileIngest;
import org.vigie.archive.RetagJob;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;

/**
 * The taxonomy on real analysed documents: the seeds and the Gao articles go through the standard
 * pipeline into an archive, whose starter taxonomy tags them as they are stored (Lucene Monitor);
 * editing a topic re-tags the archive.
 */
class ArchiveTopicsTest {
  static final Path SEEDS = Fixtures.seeds();
  static final Path GAO = Path.of("src", "test", "resources", "stories", "sahel-presse.jsonl");

  @TempDir Path work;

  @Test
  void aNewArchiveGetsTheStarterTaxonomyAndTagsDocumentsAsTheyAreStored() {
    try (Archive archive = Archive.open(work)) {
      assertThat(archive.topics().list()).hasSizeBetween(40, 80);
      ingest(archive);
      AnalyzedDocument minusma = byText(archive, "rencontre entre blogueurs");
      assertThat(minusma.topics()).contains("minusma", "influenceurs-activistes");
      AnalyzedDocument legislatives = byText(archive, "Élections législatives");
      assertThat(legislatives.topics()).contains("elections-legislatives", "reseaux-sociaux");
      for (AnalyzedDocument gao :
          search(archive, "Gao casques").hits().stream().map(SearchResult.Hit::document).toList()) {
        assertThat(gao.topics()).as(gao.title()).contains("minusma");
      }
      SearchResult byTopic = search(archive, "topic:minusma");
      assertThat(byTopic.total()).isEqualTo(search(archive, starterQuery("minusma")).total());
      SearchResult facets = search(archive, "");
      assertThat(facets.facets().getFirst().field()).isEqualTo("topic");
      assertThat(facets.facets().getFirst().values())
          .anySatisfy(v -> assertThat(v.value()).isEqualTo("minusma"));
    }
  }

  @Test
  void editingATopicRetagsTheArchive() throws InterruptedException {
    try (Archive archive = Archive.open(work)) {
      ingest(archive);
      long blogueurs = search(archive, "blogueurs").total();
      assertThat(blogueurs).isPositive();

      RetagJob created =
          archive
              .topics()
              .save(
                  new Topic(
                      "blogosphere",
                      "Blogosphère",
                      List.of("Médias et réseaux sociaux"),
                      "blogueurs"));
      assertThat(archive.topics().awaitIdle(Duration.ofSeconds(30))).isTrue();
      assertThat(created.state()).isEqualTo(RetagJob.State.DONE);
      assertThat(created.gained()).isEqualTo(blogueurs);
      assertThat(created.percent()).isEqualTo(100);
      assertThat(search(archive, "topic:blogosphere").total()).isEqualTo(blogueurs);

      long gao = search(archive, "Gao").total();
      RetagJob edited =
          archive
              .topics()
              .save(new Topic("blogosphere", "Blogosphère", List.of(), "Gao SAUF blogueurs"));
      archive.topics().awaitIdle(Duration.ofSeconds(30));
      assertThat(edited.lost()).isEqualTo(blogueurs);
      assertThat(search(archive, "topic:blogosphere").total()).isEqualTo(gao);
      assertThat(search(archive, "topic:blogosphere blogueurs").total()).isZero();

      // A re-tagged document keeps its story and stays a near-duplicate candidate.
      AnalyzedDocument retagged = search(archive, "topic:blogosphere").hits().getFirst().document();
      assertThat(retagged.topics()).contains("blogosphere");
      assertThat(retagged.storyId()).isNotNull();
      assertThat(archive.store().story(retagged.storyId())).isPresent();

      RetagJob deleted = archive.topics().delete("blogosphere").orElseThrow();
      archive.topics().awaitIdle(Duration.ofSeconds(30));
      assertThat(deleted.lost()).isEqualTo(gao);
      assertThat(search(archive, "topic:blogosphere").total()).isZero();
    }
  }

  @Test
  void topicsSurviveReopeningAndStillTagNewDocuments() {
    try (Archive archive = Archive.open(work)) {
      archive.topics().save(new Topic("gao", "Gao", List.of(), "Gao"));
      for (Topic t : archive.topics().list()) {
        if (!t.id().equals("gao")) {
          archive.topics().delete(t.id());
        }
      }
    }
    try (Archive archive = Archive.open(work)) {
      assertThat(archive.topics().list()).extracting(Topic::id).containsExactly("gao");
      ingest(archive);
      assertThat(search(archive, "topic:gao").total()).isEqualTo(search(archive, "Gao").total());
    }
  }

  @Test
  void aBadQueryIsRefused() {
    try (Archive archive = Archive.open(work)) {
      assertThatThrownBy(() -> archive.topics().save(new Topic("bad", "Bad", List.of(), "(Mali")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(archive.topics().get("bad")).isEmpty();
    }
  }

  @Test
  void histogramCountsDocumentsByPublicationDay() {
    try (Archive archive = Archive.open(work)) {
      ingest(archive);
      SearchRequest gao = request("Gao");
      Histogram days = archive.store().histogram(gao, Interval.DAY);
      assertThat(days.dated() + days.undated()).isEqualTo(archive.store().search(gao).total());
      assertThat(days.buckets().getFirst().start()).isEqualTo(LocalDate.of(2024, 2, 12));
      Histogram weeks = archive.store().histogram(request(""), Interval.WEEK);
      assertThat(weeks.buckets())
          .allSatisfy(b -> assertThat(b.start().getDayOfWeek().getValue()).isEqualTo(1));
      long all = archive.store().search(request("")).total();
      assertThat(weeks.dated() + weeks.undated()).isEqualTo(all);
      Histogram years = archive.store().histogram(request(""), Interval.YEAR);
      for (int i = 1; i < years.buckets().size(); i++) {
        assertThat(years.buckets().get(i).start())
            .isEqualTo(years.buckets().get(i - 1).start().plusYears(1));
      }
    }
  }

  private static void ingest(Archive archive) {
    new FileIngest(archive, 500).run(List.of(SEEDS, GAO), "test", p -> {});
  }

  private static AnalyzedDocument byText(Archive archive, String phrase) {
    return search(archive, "«" + phrase + "»").hits().getFirst().document();
  }

  static SearchRequest request(String query) {
    return SearchRequest.matching(QueryParser.parse(query))
        .sortedBy(Sort.NEWEST)
        .page(0, 100)
        .withFacets(List.of("topic"));
  }

  private static SearchResult search(Archive archive, String query) {
    return archive.store().search(request(query));
  }

  static Set<String> ids(List<Topic> topics) {
    return Set.copyOf(topics.stream().map(Topic::id).toList());
  }

  private static String starterQuery(String id) {
    return TaxonomyFile.starter().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow()
        .query();
  }
}
