package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.archive.review.ReviewDecision;
import org.vigie.archive.review.ReviewFilter;
import org.vigie.archive.review.ReviewStatus;
import org.vigie.cli.VigieCliTest.Run;

/**
 * {@code vigie review}: the flagged post of an ingested corpus is listed, the threshold read and
 * changed, a backfill under a lower threshold adds what a higher one kept out, a decision is
 * exported as a JSON line; {@code train harm --with-reviews} names a missing file as a user error.
 */
class ReviewCommandTest {
  @TempDir Path work;

  private String data() {
    return work.resolve("data").toString();
  }

  @Test
  void listThresholdBackfillAndExport() throws Exception {
    Path corpus = Path.of("src/test/resources/harm/harm-corpus.jsonl");
    assertThat(VigieCliTest.vigie("--data", data(), "review", "threshold", "1").out())
        .contains("Seuil de la file de revue : 1");
    assertThat(VigieCliTest.vigie("ingest", corpus.toString(), "--data", data()).exit()).isZero();
    assertThat(VigieCliTest.vigie("--data", data(), "review", "list").out()).isBlank();
    Run bad = VigieCliTest.vigie("--data", data(), "review", "threshold", "2");
    assertThat(bad.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(bad.err()).contains("not 2.0").doesNotContain("Exception");

    VigieCliTest.vigie("--data", data(), "review", "threshold", "0.6");
    assertThat(VigieCliTest.vigie("--data", data(), "review", "backfill").out())
        .contains("1 éléments ajoutés");
    Run list = VigieCliTest.vigie("--data", data(), "review", "list", "--status", "a_traiter");
    assertThat(list.out().lines().toList())
        .singleElement()
        .asString()
        .contains("a_traiter", "Peuls", "Les Peuls sont tous des terroristes");

    try (Archive archive = Archive.open(Path.of(data()))) {
      long id = archive.review().list(ReviewFilter.ALL).getFirst().id();
      archive
          .review()
          .decide(id, new ReviewDecision("awa", ReviewStatus.ECARTE, null, null, "Test.", false));
    }
    Path out = work.resolve("decisions.jsonl");
    assertThat(
            VigieCliTest.vigie("--data", data(), "review", "export", "--out", out.toString()).out())
        .contains("1 décisions écrites");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines)
        .singleElement()
        .asString()
        .contains("\"hostile\":false", "\"reviewer\":\"awa\"");
  }

  @Test
  void aMissingReviewsFileIsAUserError() {
    Path data = Path.of("../../shared/eval/hate");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isDirectory(data), "../shared/eval/hate is absent");
    Run run =
        VigieCliTest.vigie(
            "train",
            "harm",
            data.toString(),
            "--out",
            work.resolve("m.bin.gz").toString(),
            "--with-reviews",
            work.resolve("none.jsonl").toString());
    assertThat(run.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(run.err()).contains("none.jsonl").doesNotContain("Exception");
  }
}
