package org.vigie.link.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The near-duplicate detector on copies of MasakhaNEWS's French articles (docs/BENCHMARKS.md).
 * Skipped when the data set is not next to the repository.
 */
class NearDuplicateEvaluationTest {
  private static final Path MASAKHANEWS = Path.of("../../shared/corpus/masakhanews-fr");

  /** The targets. */
  private static final double TARGET = 0.95;

  @Test
  void precisionAndRecallMeetTheTargets() throws IOException {
    assumeTrue(
        Files.isDirectory(MASAKHANEWS),
        "MasakhaNEWS not found at " + MASAKHANEWS.toAbsolutePath() + "; dedup eval skipped");
    List<NewsArticle> articles = NewsArticle.read(MASAKHANEWS, "dev", "test");
    NearDuplicateEvaluation.Result r =
        NearDuplicateEvaluation.run(NearDuplicateDetector.standard(), articles, 42);
    System.out.print(r.table());
    assertThat(r.articles() + r.repeats() + r.excluded()).isEqualTo(633);
    assertThat(r.precision()).isGreaterThanOrEqualTo(TARGET);
    assertThat(r.recall()).isGreaterThanOrEqualTo(TARGET);
  }
}
