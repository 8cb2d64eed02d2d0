package org.vigie.archive.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.Stages;
import org.vigie.analysis.extract.MalformedClaimReviewException;
import org.vigie.archive.Archive;
import org.vigie.archive.claims.ClaimRecords.ImportResult;
import org.vigie.archive.claims.ClaimRecords.StoredClaim;
import org.vigie.archive.claims.ClaimRecords.StoredMatch;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.TelegramExport;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.RawDocument;
import org.vigie.document.Signal;
import org.vigie.search.SearchRequest;
import org.vigie.store.StoreConfig;

/**
 * Fact-checks through a real archive: imported from a data feed, taken from a fact-checker's page
 * collected like any page, and matched to the posts of a Telegram export as they are ingested.
 */
class FactChecksTest {
  private static final Path DIR = Path.of("src/test/resources/claims");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path data;

  private Archive open() {
    return Archive.open(data, StoreConfig.EMBEDDED, CLOCK);
  }

  @Test
  void aDataFeedIsImportedOnceAndUpdatedTheSecondTime() {
    try (Archive archive = open()) {
      ImportResult first = archive.factChecks().importFile(DIR.resolve("factcheck-feed.json"));
      assertThat(first).isEqualTo(new ImportResult(4, 4, 0));
      ImportResult again = archive.factChecks().importFile(DIR.resolve("factcheck-feed.json"));
      assertThat(again).isEqualTo(new ImportResult(4, 0, 4));
      assertThat(archive.factChecks().count()).isEqualTo(4);
      StoredClaim latest = archive.factChecks().list(10, 0).get(0);
      assertThat(latest.review().reviewer()).isEqualTo("AFP Factuel");
      assertThat(latest.review().claim()).contains("paludisme");
      assertThat(latest.origin()).endsWith("factcheck-feed.json");
    }
  }

  @Test
  void aMalformedFileIsRefusedWithItsPlaceAndNothingIsImported() {
    try (Archive archive = open()) {
      assertThatThrownBy(
              () -> archive.factChecks().importFile(DIR.resolve("factcheck-feed-no-claim.json")))
          .isInstanceOf(MalformedClaimReviewException.class)
          .hasMessageEndingWith(
              "factcheck-feed-no-claim.json: ClaimReview 2 of 2: claimReviewed is missing or empty");
      assertThatThrownBy(() -> archive.factChecks().importFile(DIR.resolve("absent.json")))
          .isInstanceOf(FactCheckException.class)
          .hasMessageContaining("no such file");
      assertThat(archive.factChecks().count()).isZero();
    }
  }

  @Test
  void aFactCheckersPageCollectedLikeAnyPageAddsItsClaim() throws Exception {
    try (Archive archive = open()) {
      byte[] page = Files.readAllBytes(DIR.resolve("africacheck-menaka.html"));
      RawDocument raw =
          new RawDocument(
              "https://africacheck.org/fr/fact-checks/non-larmee-malienne-na-pas-abandonne-menaka",
              "africa-check",
              "https://africacheck.org/fr/fact-checks/non-larmee-malienne-na-pas-abandonne-menaka",
              CLOCK.instant(),
              RawDocument.HTML,
              "utf-8",
              page,
              Map.of());
      AnalyzedDocument d = Stages.standard().analyze(raw);
      assertThat(d.claimReviews()).hasSize(1);
      archive.writer().add(d);
      archive.store().commit();
      List<StoredClaim> claims = archive.factChecks().list(10, 0);
      assertThat(claims).hasSize(1);
      assertThat(claims.get(0).documentId()).isEqualTo(d.id());
      assertThat(claims.get(0).review().rating()).isEqualTo("Faux");
      // the fact-checker's page is not matched to its own claim
      assertThat(archive.factChecks().matchesOfDocument(d.id())).isEmpty();
      AnalyzedDocument stored = archive.store().get(d.id()).orElseThrow();
      assertThat(stored.claimReviews()).hasSize(1);
    }
  }

  @Test
  void postsRestatingOrLinkingToAFalseClaimAreMatchedAndOthersAreNot() {
    try (Archive archive = open()) {
      archive.factChecks().importFile(DIR.resolve("africacheck-menaka.html"));
      archive.factChecks().importFile(DIR.resolve("factcheck-feed.json"));
      new Ingester(Stages.standard(), archive.writer(), 1, 60_000)
          .ingest(
              new ExportCollector(
                  PlatformFormat.TELEGRAM,
                  new TelegramExport(),
                  List.of(DIR.resolve("telegram-sahel-alerte.json")),
                  "import:sahel-alerte",
                  CLOCK),
              p -> {});
      archive.store().commit();
      List<AnalyzedDocument> posts = posts(archive);
      assertThat(posts).hasSize(3);

      AnalyzedDocument restated = withText(posts, "Ménaka est perdue");
      Signal claim = claimSignal(restated);
      assertThat(claim.label()).isEqualTo("faux");
      assertThat(claim.categories()).containsExactly("restated");
      assertThat(claim.score()).isGreaterThanOrEqualTo(0.52);
      assertThat(claim.factCheck().reviewer()).isEqualTo("Africa Check");
      assertThat(claim.factCheck().url()).contains("africacheck.org");
      assertThat(claim.evidence()).hasSize(1);
      assertThat(claim.evidence().get(0).text()).contains("jihadistes");

      AnalyzedDocument linking = withText(posts, "La preuve en images");
      assertThat(claimSignal(linking).categories()).containsExactly("media");
      assertThat(claimSignal(linking).score()).isEqualTo(1.0);

      AnalyzedDocument unrelated = withText(posts, "PAM");
      assertThat(unrelated.signals()).noneMatch(s -> s.kind().equals(Signal.CLAIM));

      List<StoredMatch> rows = archive.factChecks().matchesOfDocument(restated.id());
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).method()).isEqualTo("restated");
      assertThat(rows.get(0).excerpt()).contains("Ménaka est perdue");
      long claimId = rows.get(0).claimId();
      assertThat(archive.factChecks().matchesOfClaim(claimId, 10)).hasSize(2);
      assertThat(archive.factChecks().get(claimId).orElseThrow().matches()).isEqualTo(2);
      assertThat(archive.factChecks().recentMatches(Instant.EPOCH, 10)).hasSize(2);
    }
  }

  @Test
  void claimsImportedBeforeAreKnownAfterReopening() {
    try (Archive archive = open()) {
      archive.factChecks().importFile(DIR.resolve("africacheck-menaka.html"));
    }
    try (Archive archive = open()) {
      AnalyzedDocument post =
          Stages.standard()
              .analyze(
                  new RawDocument(
                      "post.txt",
                      "files",
                      null,
                      CLOCK.instant(),
                      RawDocument.TEXT,
                      "utf-8",
                      ("Les militaires maliens ont abandonné Ménaka aux jihadistes, la ville est"
                              + " tombée.")
                          .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                      Map.of()));
      archive.writer().add(post);
      archive.store().commit();
      assertThat(archive.factChecks().matchesOfDocument(post.id())).hasSize(1);
    }
  }

  private static List<AnalyzedDocument> posts(Archive archive) {
    return archive.store().search(SearchRequest.all().page(0, 50).withCopies(true)).hits().stream()
        .map(h -> archive.store().get(h.document().id()).orElseThrow())
        .filter(d -> AnalyzedDocument.POST.equals(d.type()))
        .toList();
  }

  private static AnalyzedDocument withText(List<AnalyzedDocument> docs, String words) {
    return docs.stream().filter(d -> d.text().contains(words)).findFirst().orElseThrow();
  }

  private static Signal claimSignal(AnalyzedDocument d) {
    return d.signals().stream()
        .filter(s -> s.kind().equals(Signal.CLAIM))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim signal on: " + d.text()));
  }
}
