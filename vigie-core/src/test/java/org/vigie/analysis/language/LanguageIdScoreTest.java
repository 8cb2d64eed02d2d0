package org.vigie.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdScoreTest {

  @Test
  void mandingAnswersCountForTheGroupButOnlyBamCountsForBambara() {
    LanguageIdScore score =
        LanguageIdScore.of(
            List.of("bam", "bam", "dyu", "dyu", "fra", "arb", "ary", "fuv"),
            List.of("bam", "man", "bam", "dyu", "fra", "ara", "ara", "ful"));
    PrecisionRecall bam = score.languages().get("bam");
    assertThat(bam).isEqualTo(new PrecisionRecall(1, 2, 2));
    assertThat(score.bambaraF1()).isCloseTo(0.5, within(1e-9));
    assertThat(score.groups().get("man")).isEqualTo(new PrecisionRecall(4, 4, 4));
    assertThat(score.groups().get("ara")).isEqualTo(new PrecisionRecall(2, 2, 2));
    assertThat(score.groups().get("ful").f1()).isEqualTo(1);
  }

  @Test
  void otherLanguagesLowerPrecisionOfTheGroupTheyAreCalled() {
    LanguageIdScore score =
        LanguageIdScore.of(List.of("wol", "taq", "eng"), List.of("wol", "wol", "und"));
    assertThat(score.groups().get("wol").precision()).isEqualTo(0.5);
    assertThat(score.groups().get("eng").recall()).isZero();
    assertThat(score.confusion().get("taq")).containsEntry("wol", 1);
    assertThat(score.answeredCodes()).containsExactly("und", "wol");
  }

  @Test
  void macroF1AveragesTheEightGroups() {
    LanguageIdScore score = LanguageIdScore.of(List.of("fra"), List.of("fra"));
    assertThat(score.macroF1()).isCloseTo(1.0 / 8, within(1e-9));
  }
}
