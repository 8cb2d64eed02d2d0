package org.vigie.analysis.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on the test splits of MLMA and FTR beside the OpenNLP peer; skipped with a
 * message when {@code ../shared/eval/hate} is absent.
 */
class HarmEvalTest {
  private static final Path DATA = Path.of("../../shared/eval/hate");

  @Test
  void theShippedModelBeatsThePeerOnBothTestSplits() throws Exception {
    assumeTrue(
        Files.isDirectory(DATA), "../shared/eval/hate is absent: hostility evaluation skipped");
    List<HateCorpus.DataSet> data = HateCorpus.readAll(DATA);
    assertThat(data.get(1).decoding().truncatedUtf8()).isEqualTo(8);
    for (HarmEvaluation.Result r : HarmEvaluation.run(HarmModel.load(), data, HarmSplit.TEST)) {
      System.out.printf(
          "%s test: vigie %.4f, opennlp %.4f%n",
          r.dataset(), r.model().macroF1(), r.peer().macroF1());
      assertThat(r.model().macroF1()).as(r.dataset()).isGreaterThan(r.peer().macroF1());
      double floor = r.dataset().equals(HateCorpus.FTR) ? 0.72 : 0.64;
      assertThat(r.model().macroF1()).as(r.dataset()).isGreaterThanOrEqualTo(floor);
    }
  }
}
