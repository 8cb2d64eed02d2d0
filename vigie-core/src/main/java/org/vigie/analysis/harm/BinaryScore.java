package org.vigie.analysis.harm;

import java.util.List;

/**
 * Precision, recall and F1 of both classes of a binary task, their macro-F1 and the confusion
 * matrix ({@code tp}: hostile said hostile, {@code fn}: hostile said not hostile…).
 */
public record BinaryScore(int tp, int fp, int fn, int tn) {
  public static BinaryScore of(List<Boolean> gold, List<Boolean> answers) {
    int tp = 0, fp = 0, fn = 0, tn = 0;
    for (int i = 0; i < gold.size(); i++) {
      boolean g = gold.get(i);
      boolean a = answers.get(i);
      if (g && a) {
        tp++;
      } else if (a) {
        fp++;
      } else if (g) {
        fn++;
      } else {
        tn++;
      }
    }
    return new BinaryScore(tp, fp, fn, tn);
  }

  public int total() {
    return tp + fp + fn + tn;
  }

  public double precisionHostile() {
    return ratio(tp, tp + fp);
  }

  public double recallHostile() {
    return ratio(tp, tp + fn);
  }

  public double precisionNot() {
    return ratio(tn, tn + fn);
  }

  public double recallNot() {
    return ratio(tn, tn + fp);
  }

  public double f1Hostile() {
    return f1(precisionHostile(), recallHostile());
  }

  public double f1Not() {
    return f1(precisionNot(), recallNot());
  }

  public double macroF1() {
    return (f1Hostile() + f1Not()) / 2;
  }

  public double accuracy() {
    return ratio(tp + tn, total());
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
