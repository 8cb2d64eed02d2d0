package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.cli.VigieCliTest.Run;

/** {@code vigie train langid} and {@code vigie eval langid} on the mini SIB-200 fixture. */
class LangidCommandsTest {
  static final Path MINI = Fixtures.path("org/vigie/analysis/language/mini-sib");
  @TempDir Path work;

  @Test
  void trainsAModelThatEvalReads() throws Exception {
    Path model = work.resolve("models/mini.bin");
    Run train =
        VigieCliTest.vigie(
            "train",
            "langid",
            MINI.toString(),
            "--out",
            model.toString(),
            "--bits",
            "12",
            "--folds",
            "2");
    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(train.out()).contains("16 textes d'entraînement");
    assertThat(Files.size(model)).isPositive();

    Run eval =
        VigieCliTest.vigie(
            "eval",
            "langid",
            MINI.toString(),
            "--detector",
            "regional",
            "--model",
            model.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    assertThat(eval.out())
        .contains("partie dev, 8 textes")
        .contains("Macro-F1 (fra, eng, ara, wol, mos, hau, ful, man)")
        .contains("Matrice de confusion");
  }

  @Test
  void evalOfTheBundledPipelineDetectorSpeaksEnglishOnRequest() {
    Run eval = VigieCliTest.vigie("--lang", "en", "eval", "langid", MINI.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    assertThat(eval.out()).contains("detector combined").contains("Bambara F1");
  }

  @Test
  void aMissingFolderIsAUserError() {
    Run eval = VigieCliTest.vigie("eval", "langid", work.resolve("nothing").toString());
    assertThat(eval.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(eval.err()).contains("n'existe pas").doesNotContain("Exception");
  }

  @Test
  void aMissingSplitIsAUserErrorNamingIt() {
    Run eval = VigieCliTest.vigie("eval", "langid", MINI.toString(), "--split", "test");
    assertThat(eval.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(eval.err()).contains("test.tsv");
  }

  @Test
  void aFileThatIsNotAModelIsAUserError() throws Exception {
    Path bogus = Files.writeString(work.resolve("bogus.bin"), "hello");
    Run eval =
        VigieCliTest.vigie(
            "eval",
            "langid",
            MINI.toString(),
            "--detector",
            "regional",
            "--model",
            bogus.toString());
    assertThat(eval.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(eval.err()).contains("bogus.bin");
  }

  @Test
  void evalAndTrainWithoutATaskAreUsageErrors() {
    assertThat(VigieCliTest.vigie("eval").exit()).isEqualTo(VigieCli.USAGE);
    assertThat(VigieCliTest.vigie("train").exit()).isEqualTo(VigieCli.USAGE);
  }
}
