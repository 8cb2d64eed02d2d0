package org.vigie.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Language identification on SIB-200's dev split (FLORES-200 sentences), scored as the issue asks.
 * The shipped model was trained on the train split only; its Bambara/Dyula margin was chosen by
 * cross-validation on train, so dev is unseen. Skipped when the data set is not next to the
 * repository.
 */
class LanguageIdEvalTest {
  private static final Path SIB = Path.of("../../shared/eval/langid/sib-200");

  /** The issue's Done-when targets. */
  private static final double MACRO_F1_TARGET = 0.97;

  /** OpenLID's published Bambara F1 on FLORES-200; we must do better. */
  private static final double OPENLID_BAMBARA_F1 = 0.61;

  @Test
  void pipelineDetectorMeetsTheIssueTargetsOnDev() throws IOException {
    assumeTrue(
        Files.isDirectory(SIB),
        "SIB-200 not found at " + SIB.toAbsolutePath() + "; language-identification eval skipped");
    List<LabeledText> dev = Sib200Corpus.read(SIB, "dev");
    LanguageDetector combined =
        new CombinedLanguageDetector(
            RegionalLanguageDetector.load(), new OpenNlpLanguageDetector());
    LanguageIdScore score = score(combined, dev);
    System.out.printf(
        "SIB-200 dev, combined detector: %d texts, macro-F1 %.4f, Bambara F1 %.4f%n",
        score.texts(), score.macroF1(), score.bambaraF1());
    score.languages().forEach((code, prf) -> System.out.printf("  %s F1 %.4f%n", code, prf.f1()));
    assertThat(score.macroF1()).isGreaterThanOrEqualTo(MACRO_F1_TARGET);
    assertThat(score.bambaraF1()).isGreaterThan(OPENLID_BAMBARA_F1);
  }

  private static LanguageIdScore score(LanguageDetector detector, List<LabeledText> texts) {
    List<String> answers = texts.stream().map(t -> detector.detect(t.text()).code()).toList();
    return LanguageIdScore.of(texts.stream().map(LabeledText::label).toList(), answers);
  }
}
