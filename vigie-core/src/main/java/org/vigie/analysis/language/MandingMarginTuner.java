package org.vigie.analysis.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the Bambara/Dyula margin of a {@link RegionalLanguageModel} without looking at the split
 * that will be reported: k-fold cross-validation on the training texts.
 *
 * <p>Fold {@code f} holds the {@code i}-th text of each language when {@code i % k == f}; SIB-200's
 * languages translate the same sentences in the same order, so a held-out sentence is held out in
 * every language. For each held-out Bambara or Dyula text that the fold's model calls Manding, the
 * tuner records the signed margin (Bambara logit minus Dyula logit). The margin chosen is the
 * smallest for which, among texts whose margin is at least that large, the sign names the right
 * language at least {@code targetPrecision} of the time.
 */
final class MandingMarginTuner {

  /**
   * @param margin the margin chosen
   * @param precision share of right Bambara/Dyula answers at that margin, on held-out texts
   * @param coverage share of held-out Manding texts that get a Bambara/Dyula answer rather than
   *     {@code man}
   * @param texts held-out Manding texts the choice was made on
   */
  record Choice(double margin, double precision, double coverage, int texts) {}

  private record Sample(double margin, boolean bambara) {
    boolean right() {
      return margin > 0 == bambara;
    }
  }

  private final RegionalModelTrainer trainer;
  private final int folds;
  private final double targetPrecision;

  MandingMarginTuner(RegionalModelTrainer trainer, int folds, double targetPrecision) {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be at least 2, got " + folds);
    }
    this.trainer = trainer;
    this.folds = folds;
    this.targetPrecision = targetPrecision;
  }

  Choice tune(List<LabeledText> texts) {
    int[] fold = assignFolds(texts);
    List<Sample> samples = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<LabeledText> train = new ArrayList<>();
      List<LabeledText> heldOut = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        (fold[i] == f ? heldOut : train).add(texts.get(i));
      }
      samples.addAll(samples(new RegionalLanguageDetector(trainer.train(train)), heldOut));
    }
    return choose(samples);
  }

  private int[] assignFolds(List<LabeledText> texts) {
    Map<String, Integer> seen = new HashMap<>();
    int[] fold = new int[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      fold[i] = seen.merge(texts.get(i).label(), 1, Integer::sum) % folds;
    }
    return fold;
  }

  private static List<Sample> samples(RegionalLanguageDetector detector, List<LabeledText> texts) {
    List<Sample> samples = new ArrayList<>();
    RegionalLanguageModel model = detector.model();
    for (LabeledText t : texts) {
      boolean manding = t.label().equals("bam") || t.label().equals("dyu");
      if (manding && isManding(detector.detect(t.text()).code())) {
        String normalized = CharNgramHasher.normalize(t.text());
        double[] logits = model.logits(model.hasher().features(normalized));
        samples.add(new Sample(detector.bambaraOverDyula(logits), t.label().equals("bam")));
      }
    }
    return samples;
  }

  private static boolean isManding(String code) {
    return code.equals("bam") || code.equals("dyu") || code.equals("man");
  }

  private Choice choose(List<Sample> samples) {
    List<Sample> byMargin = new ArrayList<>(samples);
    byMargin.sort(Comparator.comparingDouble(s -> Math.abs(s.margin())));
    int right = (int) samples.stream().filter(Sample::right).count();
    for (int i = 0; i < byMargin.size(); i++) {
      int answered = byMargin.size() - i;
      if ((double) right / answered >= targetPrecision) {
        double margin = Math.abs(byMargin.get(i).margin());
        return new Choice(
            margin, (double) right / answered, (double) answered / samples.size(), samples.size());
      }
      right -= byMargin.get(i).right() ? 1 : 0;
    }
    return new Choice(Double.POSITIVE_INFINITY, 1, 0, samples.size());
  }
}
