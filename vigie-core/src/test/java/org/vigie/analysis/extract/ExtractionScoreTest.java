package org.vigie.analysis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

  @Test
  void identicalTextsMatchFully() {
    ExtractionScore.PageMatch m =
        ExtractionScore.match("un deux trois quatre cinq", "un deux trois quatre cinq");
    assertThat(m.precision()).isEqualTo(1);
    assertThat(m.recall()).isEqualTo(1);
  }

  @Test
  void shinglesAreCountedAsMultisetsOfUnicodeWords() {
    // tokens l|été|à|Dakar|fut|chaud: gold has 3 shingles, the extraction those 3 and 2 more
    ExtractionScore.PageMatch m =
        ExtractionScore.match("l'été à Dakar fut chaud", "l'été à Dakar fut chaud et sec");
    assertThat(m.precision()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(m.recall()).isEqualTo(1);
  }

  @Test
  void emptyPagesCountOnlyWhereTheBenchmarkCountsThem() {
    ExtractionScore score =
        ExtractionScore.of(
            List.of(
                ExtractionScore.match("", ""),
                ExtractionScore.match("a b c d e", ""),
                ExtractionScore.match("a b c d e", "a b c d e")));
    assertThat(score.precision()).isEqualTo(1);
    assertThat(score.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(score.pages()).isEqualTo(3);
  }
}
