package org.vigie.analysis.harm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains a {@link HarmModel}: one head per data set on that set's train split, the cost and the
 * positive-class weight chosen by macro-F1 on its dev split, and the decision threshold tuned on
 * the dev split with the quantised weights, so that the test split is never looked at.
 * Deterministic: the same data and settings give the same bytes.
 */
public final class HarmModelTrainer {
  /** Training settings. */
  public record Settings(int bits, double[] costs, double[] positiveWeights, long seed) {
    public static final Settings DEFAULT =
        new Settings(20, new double[] {0.05, 0.1, 0.2, 0.5, 1}, new double[] {0.5, 1, 2}, 16L);
  }

  /** What training chose for one head, as measured on its dev split. */
  public record HeadReport(
      String name, int train, int dev, double cost, double positiveWeight, double devMacroF1) {}

  /** The model and what was chosen for each head. */
  public record Training(HarmModel model, List<HeadReport> heads) {}

  private final Settings settings;

  public HarmModelTrainer(Settings settings) {
    this.settings = settings;
  }

  public Training train(List<HateCorpus.DataSet> dataSets) {
    HarmFeatures features = new HarmFeatures(settings.bits());
    List<LabeledPost> allTrain = new ArrayList<>();
    dataSets.forEach(d -> allTrain.addAll(HarmSplit.TRAIN.of(d.posts())));
    float[] idf = idf(features, allTrain);
    List<HarmModel.Head> heads = new ArrayList<>();
    List<HeadReport> reports = new ArrayList<>();
    for (HateCorpus.DataSet d : dataSets) {
      HeadChoice choice = trainHead(d, features, idf);
      heads.add(choice.head);
      reports.add(choice.report);
    }
    return new Training(new HarmModel(settings.bits(), idf, heads), reports);
  }

  private record HeadChoice(HarmModel.Head head, HeadReport report) {}

  private HeadChoice trainHead(HateCorpus.DataSet d, HarmFeatures features, float[] idf) {
    List<LabeledPost> train = HarmSplit.TRAIN.of(d.posts());
    List<LabeledPost> dev = HarmSplit.DEV.of(d.posts());
    List<SparseVector> xs = vectors(train, features, idf);
    List<SparseVector> devXs = vectors(dev, features, idf);
    boolean[] ys = labels(train);
    List<Boolean> devGold = dev.stream().map(LabeledPost::hostile).toList();
    HeadChoice best = null;
    for (double c : settings.costs()) {
      for (double pw : settings.positiveWeights()) {
        LinearSvm.Weights w = LinearSvm.train(xs, ys, 1 << settings.bits(), c, pw, settings.seed());
        HarmModel.Head head = quantise(d.name(), w);
        double[] margins = devXs.stream().mapToDouble(head::margin).toArray();
        Threshold t = bestThreshold(margins, devGold);
        if (best == null || t.macroF1 > best.report.devMacroF1() + 1e-9) {
          HarmModel.Head tuned =
              new HarmModel.Head(
                  d.name(), head.weights(), head.scale(), head.bias(), (float) t.value);
          best =
              new HeadChoice(
                  tuned, new HeadReport(d.name(), train.size(), dev.size(), c, pw, t.macroF1));
        }
      }
    }
    return best;
  }

  private static float[] idf(HarmFeatures features, List<LabeledPost> posts) {
    int[] df = new int[1 << features.bits()];
    for (LabeledPost p : posts) {
      for (int i : features.count(p.text()).index()) {
        df[i]++;
      }
    }
    float[] idf = new float[df.length];
    for (int i = 0; i < df.length; i++) {
      float exact = (float) (Math.log((posts.size() + 1.0) / (df[i] + 1.0)) + 1);
      idf[i] = HarmModel.quantiseIdf(exact) * HarmModel.IDF_STEP;
    }
    return idf;
  }

  static List<SparseVector> vectors(List<LabeledPost> posts, HarmFeatures features, float[] idf) {
    return posts.stream().map(p -> SparseVector.tfIdf(features.count(p.text()), idf)).toList();
  }

  private static boolean[] labels(List<LabeledPost> posts) {
    boolean[] ys = new boolean[posts.size()];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = posts.get(i).hostile();
    }
    return ys;
  }

  private static HarmModel.Head quantise(String name, LinearSvm.Weights w) {
    float max = 1e-9f;
    for (float v : w.w()) {
      max = Math.max(max, Math.abs(v));
    }
    float scale = max / 127;
    byte[] q = new byte[w.w().length];
    for (int i = 0; i < q.length; i++) {
      q[i] = (byte) Math.round(w.w()[i] / scale);
    }
    return new HarmModel.Head(name, q, scale, w.bias(), 0);
  }

  private record Threshold(double value, double macroF1) {}

  /** The margin threshold with the best macro-F1 on the dev split (midpoints between margins). */
  private static Threshold bestThreshold(double[] margins, List<Boolean> gold) {
    double[] sorted = margins.clone();
    Arrays.sort(sorted);
    Threshold best = new Threshold(0, -1);
    for (int i = 0; i <= sorted.length; i++) {
      double t =
          i == 0
              ? sorted[0] - 1e-3
              : i == sorted.length ? sorted[i - 1] + 1e-3 : (sorted[i - 1] + sorted[i]) / 2;
      List<Boolean> answers = new ArrayList<>(margins.length);
      for (double m : margins) {
        answers.add(m >= t);
      }
      double f = BinaryScore.of(gold, answers).macroF1();
      // prefer the threshold closest to 0 among equals: less tuned to the dev split's noise
      if (f > best.macroF1 + 1e-9
          || (Math.abs(f - best.macroF1) < 1e-9 && Math.abs(t) < Math.abs(best.value))) {
        best = new Threshold(t, f);
      }
    }
    return best;
  }
}
