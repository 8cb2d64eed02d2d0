package org.vigie.analysis.harm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains a {@link HarmModel}: one head per data set on that set's train split, the cost and the
 * positive-class weight chosen by 5-fold cross-validated macro-F1 on the train split, and the
 * decision threshold tuned on the dev split with the quantised weights, so that the test split is
 * never looked at. Deterministic: the same data and settings give the same bytes.
 */
public final class HarmModelTrainer {
  /** Training settings. */
  public record Settings(int bits, double[] costs, double[] positiveWeights, int folds, long seed) {
    public static final Settings DEFAULT =
        new Settings(
            20, new double[] {0.02, 0.05, 0.1, 0.3, 1, 3}, new double[] {0.5, 1, 2}, 5, 16L);
  }

  /** What training chose for one head, as measured on its dev split. */
  public record HeadReport(
      String name,
      int train,
      int dev,
      double cost,
      double positiveWeight,
      double cvMacroF1,
      double devMacroF1) {}

  /**
   * The model and what was chosen for each head.
   *
   * @param reviewed the reviewers' decisions added to every head's train split
   * @param reviewedDropped those left out because their text is in a dev or test split
   */
  public record Training(
      HarmModel model, List<HeadReport> heads, int reviewed, int reviewedDropped) {}

  private final Settings settings;

  public HarmModelTrainer(Settings settings) {
    this.settings = settings;
  }

  public Training train(List<HateCorpus.DataSet> dataSets) {
    return train(dataSets, List.of());
  }

  /**
   * Trains with reviewers' decisions too ({@code vigie train harm --with-reviews}): they are added
   * to the train split of every head only (and to the IDF), never to dev or test, so that the
   * figures stay comparable; a reviewed text that a dev or test split holds is left out.
   */
  public Training train(List<HateCorpus.DataSet> dataSets, List<LabeledPost> reviewed) {
    List<LabeledPost> extra = forTraining(dataSets, reviewed);
    HarmFeatures features = new HarmFeatures(settings.bits());
    List<LabeledPost> allTrain = new ArrayList<>();
    dataSets.forEach(d -> allTrain.addAll(HarmSplit.TRAIN.of(d.posts())));
    allTrain.addAll(extra);
    float[] idf = idf(features, allTrain);
    List<HarmModel.Head> heads = new ArrayList<>();
    List<HeadReport> reports = new ArrayList<>();
    for (HateCorpus.DataSet d : dataSets) {
      HeadChoice choice = trainHead(d, extra, features, idf);
      heads.add(choice.head);
      reports.add(choice.report);
    }
    return new Training(
        new HarmModel(settings.bits(), idf, heads),
        reports,
        extra.size(),
        reviewed.size() - extra.size());
  }

  /** The reviewed posts whose normalised text no dev or test split holds. */
  static List<LabeledPost> forTraining(
      List<HateCorpus.DataSet> dataSets, List<LabeledPost> reviewed) {
    java.util.Set<String> heldOut = new java.util.HashSet<>();
    for (HateCorpus.DataSet d : dataSets) {
      for (LabeledPost p : d.posts()) {
        if (HarmSplit.of(p.text()) != HarmSplit.TRAIN) {
          heldOut.add(HarmSplit.normalise(p.text()));
        }
      }
    }
    return reviewed.stream()
        .filter(p -> !p.text().isBlank() && !heldOut.contains(HarmSplit.normalise(p.text())))
        .toList();
  }

  private record HeadChoice(HarmModel.Head head, HeadReport report) {}

  private HeadChoice trainHead(
      HateCorpus.DataSet d, List<LabeledPost> extra, HarmFeatures features, float[] idf) {
    List<LabeledPost> train = new ArrayList<>(HarmSplit.TRAIN.of(d.posts()));
    train.addAll(extra);
    List<LabeledPost> dev = HarmSplit.DEV.of(d.posts());
    List<HarmVector> xs = vectors(train, features, idf);
    boolean[] ys = labels(train);
    double bestCv = -1;
    double bestC = 0;
    double bestWeight = 0;
    for (double c : settings.costs()) {
      for (double pw : settings.positiveWeights()) {
        double cv = crossValidated(xs, ys, c, pw);
        if (cv > bestCv + 1e-9) {
          bestCv = cv;
          bestC = c;
          bestWeight = pw;
        }
      }
    }
    LinearSvm.Weights w =
        LinearSvm.train(xs, ys, 1 << settings.bits(), bestC, bestWeight, settings.seed());
    HarmModel.Head head = quantise(d.name(), w);
    List<HarmVector> devXs = vectors(dev, features, idf);
    double[] margins = devXs.stream().mapToDouble(head::margin).toArray();
    Threshold t = bestThreshold(margins, labels(dev));
    HarmModel.Head tuned =
        new HarmModel.Head(d.name(), head.weights(), head.scale(), head.bias(), (float) t.value);
    return new HeadChoice(
        tuned,
        new HeadReport(d.name(), train.size(), dev.size(), bestC, bestWeight, bestCv, t.macroF1));
  }

  /** Macro-F1 of out-of-fold margins over the train split, at their best threshold. */
  private double crossValidated(List<HarmVector> xs, boolean[] ys, double c, double pw) {
    int folds = settings.folds();
    double[] margins = new double[xs.size()];
    for (int f = 0; f < folds; f++) {
      List<HarmVector> fx = new ArrayList<>();
      List<Boolean> fy = new ArrayList<>();
      for (int i = 0; i < xs.size(); i++) {
        if (i % folds != f) {
          fx.add(xs.get(i));
          fy.add(ys[i]);
        }
      }
      boolean[] fyArray = new boolean[fy.size()];
      for (int i = 0; i < fyArray.length; i++) {
        fyArray[i] = fy.get(i);
      }
      LinearSvm.Weights w =
          LinearSvm.train(fx, fyArray, 1 << settings.bits(), c, pw, settings.seed());
      for (int i = f; i < xs.size(); i += folds) {
        margins[i] = w.margin(xs.get(i));
      }
    }
    return bestThreshold(margins, ys).macroF1;
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

  static List<HarmVector> vectors(List<LabeledPost> posts, HarmFeatures features, float[] idf) {
    return posts.stream().map(p -> HarmVector.tfIdf(features.count(p.text()), idf)).toList();
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

  /** The margin threshold with the best macro-F1 (midpoints between sorted margins). */
  private static Threshold bestThreshold(double[] margins, boolean[] gold) {
    Integer[] order = new Integer[margins.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(margins[a], margins[b]));
    int positives = 0;
    for (boolean g : gold) {
      positives += g ? 1 : 0;
    }
    // threshold below everything: all said hostile
    int tp = positives;
    int fp = margins.length - positives;
    Threshold best = new Threshold(margins.length == 0 ? 0 : margins[order[0]] - 1e-3, -1);
    for (int k = 0; k <= order.length; k++) {
      if (k > 0) {
        if (gold[order[k - 1]]) {
          tp--;
        } else {
          fp--;
        }
        if (k < order.length && margins[order[k]] == margins[order[k - 1]]) {
          continue;
        }
      }
      double t =
          k == 0
              ? margins[order[0]] - 1e-3
              : k == order.length
                  ? margins[order[k - 1]] + 1e-3
                  : (margins[order[k - 1]] + margins[order[k]]) / 2;
      int fn = positives - tp;
      int tn = margins.length - positives - fp;
      double f = new BinaryScore(tp, fp, fn, tn).macroF1();
      if (f > best.macroF1 + 1e-9) {
        best = new Threshold(t, f);
      }
    }
    return best;
  }
}
