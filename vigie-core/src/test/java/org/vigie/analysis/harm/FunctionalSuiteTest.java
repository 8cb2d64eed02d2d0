package org.vigie.analysis.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the classifier on the committed French functional suite and prints the accuracy of each
 * functionality, for tuning templates and held-out templates apart.
 */
class FunctionalSuiteTest {
  record Case(String functionality, boolean heldout, boolean hostile, String text) {}

  record Tally(int[] tuning, int[] heldout) {
    static Tally empty() {
      return new Tally(new int[2], new int[2]);
    }

    double all() {
      return (tuning[0] + heldout[0]) / (double) (tuning[1] + heldout[1]);
    }
  }

  static List<Case> cases;
  static Map<String, Tally> byFunctionality = new TreeMap<>();
  static int[] total = new int[2];

  @BeforeAll
  static void run() throws IOException {
    List<String> lines = Files.readAllLines(FunctionalSuiteGenerator.FILE, StandardCharsets.UTF_8);
    cases =
        lines.stream()
            .skip(1)
            .map(l -> l.split("\t", -1))
            .map(f -> new Case(f[1], f[2].equals("heldout"), f[4].equals("hostile"), f[5]))
            .toList();
    HarmClassifier classifier = HarmClassifier.load();
    for (Case c : cases) {
      boolean right = classifier.classify(c.text()).hostile() == c.hostile();
      Tally t = byFunctionality.computeIfAbsent(c.functionality(), k -> Tally.empty());
      int[] side = c.heldout() ? t.heldout() : t.tuning();
      side[0] += right ? 1 : 0;
      side[1]++;
      total[0] += right ? 1 : 0;
      total[1]++;
      if (!right && !c.heldout() && Boolean.getBoolean("harm.suite.errors")) {
        System.out.println("ERR " + c);
      }
    }
    print();
  }

  private static void print() {
    System.out.println(
        "| functionality | cases | accuracy | tuning templates | held-out templates |");
    System.out.println("|---|---:|---:|---:|---:|");
    int[] tuning = new int[2];
    int[] heldout = new int[2];
    byFunctionality.forEach(
        (name, t) -> {
          System.out.printf(
              "| %s | %d | %.3f | %.3f | %.3f |%n",
              name, t.tuning()[1] + t.heldout()[1], t.all(), ratio(t.tuning()), ratio(t.heldout()));
          tuning[0] += t.tuning()[0];
          tuning[1] += t.tuning()[1];
          heldout[0] += t.heldout()[0];
          heldout[1] += t.heldout()[1];
        });
    System.out.printf(
        "| **all** | %d | %.3f | %.3f | %.3f |%n",
        total[1], ratio(total), ratio(tuning), ratio(heldout));
  }

  private static double ratio(int[] a) {
    return a[1] == 0 ? 0 : (double) a[0] / a[1];
  }

  @Test
  void theCommittedSuiteIsTheGeneratorsOutput() throws IOException {
    assertThat(Files.readAllLines(FunctionalSuiteGenerator.FILE, StandardCharsets.UTF_8))
        .isEqualTo(FunctionalSuiteGenerator.lines());
    assertThat(cases).hasSizeGreaterThanOrEqualTo(1500);
  }

  @Test
  void overallAccuracyIsAtLeast85Percent() {
    assertThat(ratio(total)).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void counterSpeechReportingAndNegationAreAtLeast80Percent() {
    for (String f : List.of("counter_speech", "reporting", "negation")) {
      assertThat(byFunctionality.get(f).all()).as(f).isGreaterThanOrEqualTo(0.80);
    }
  }
}
