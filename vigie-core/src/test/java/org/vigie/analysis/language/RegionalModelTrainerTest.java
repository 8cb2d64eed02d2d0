package org.vigie.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Training on the mini corpus: the mechanics, not the quality (see {@link LanguageIdEvalTest}). */
class RegionalModelTrainerTest {
  private static final RegionalModelTrainer.Settings SMALL =
      new RegionalModelTrainer.Settings(12, 4, 20, 0.5, 2, 1L);

  @Test
  void learnsTheTrainingTextsAndIsDeterministic() throws IOException {
    List<LabeledText> train = Sib200Corpus.read(Sib200CorpusTest.MINI, "train");
    RegionalLanguageDetector first =
        new RegionalModelTrainer(SMALL).trainTuned(train, 2, 0.99).detector();
    RegionalLanguageDetector second =
        new RegionalModelTrainer(SMALL).trainTuned(train, 2, 0.99).detector();
    for (LabeledText t : train) {
      assertThat(first.detect(t.text()).code()).isEqualTo(t.label());
    }
    assertThat(bytes(first)).isEqualTo(bytes(second));
  }

  @Test
  void aWrittenModelReadsBackTheSame() throws IOException {
    List<LabeledText> train = Sib200Corpus.read(Sib200CorpusTest.MINI, "train");
    RegionalLanguageModel model =
        new RegionalModelTrainer(SMALL).train(train).withMandingMargin(1.5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    RegionalLanguageModel read =
        RegionalLanguageModel.read(new ByteArrayInputStream(out.toByteArray()), "memory");
    assertThat(read.labels()).isEqualTo(model.labels());
    assertThat(read.mandingMargin()).isEqualTo(1.5);
    SparseVector x = model.hasher().features(CharNgramHasher.normalize("Na gode da taimako"));
    assertThat(read.logits(x)).isEqualTo(model.logits(x));
  }

  @Test
  void refusesAFileThatIsNotAModelNamingIt() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var gzip = new GZIPOutputStream(out)) {
      gzip.write("not a model at all".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThatThrownBy(
            () -> RegionalLanguageModel.read(new ByteArrayInputStream(out.toByteArray()), "x.bin"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("x.bin");
  }

  private static byte[] bytes(RegionalLanguageDetector detector) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    detector.write(out);
    return out.toByteArray();
  }
}
