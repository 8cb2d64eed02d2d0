package org.vigie.analysis.language;

/**
 * Counts behind a precision, a recall and their F1 for one class.
 *
 * @param truePositives texts of the class predicted as the class
 * @param predicted texts predicted as the class
 * @param gold texts of the class
 */
public record PrecisionRecall(int truePositives, int predicted, int gold) {

  /** 0 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  /** 0 when the class has no text. */
  public double recall() {
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
