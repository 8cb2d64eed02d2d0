package org.vigie.analysis.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains a {@link RegionalLanguageModel}: softmax regression by stochastic gradient descent on
 * hashed character n-grams, with a learning rate that falls linearly to zero.
 *
 * <p>Besides each text, the trainer learns from a few random windows of 2 to 6 of its words, so
 * that the model has seen texts as short as social posts. Training is deterministic for a given
 * seed and input order.
 */
public final class RegionalModelTrainer {

  /**
   * @param bits the model has {@code 2^bits} buckets per label
   * @param maxN longest character n-gram
   * @param epochs passes over the training texts
   * @param learningRate initial step size
   * @param fragmentsPerText short word windows added per training text
   * @param seed seeds shuffling and fragment choice
   */
  public record Settings(
      int bits, int maxN, int epochs, double learningRate, int fragmentsPerText, long seed) {
    public static final Settings DEFAULT = new Settings(18, 5, 8, 0.5, 2, 20240601L);
  }

  /**
   * A trained detector and how its Bambara/Dyula margin was chosen.
   *
   * @param detector the detector, its margin set
   * @param margin the margin chosen by cross-validation on the training texts
   * @param precision share of right Bambara/Dyula answers at that margin on held-out texts
   * @param coverage share of held-out Manding texts that got Bambara or Dyula rather than Manding
   * @param heldOutTexts held-out Manding texts the margin was chosen on
   */
  public record Training(
      RegionalLanguageDetector detector,
      double margin,
      double precision,
      double coverage,
      int heldOutTexts) {}

  private record Example(SparseVector x, int label) {}

  private final Settings settings;
  private final CharNgramHasher hasher;

  public RegionalModelTrainer(Settings settings) {
    this.settings = settings;
    this.hasher = new CharNgramHasher(settings.bits(), settings.maxN());
  }

  /**
   * Trains on all the texts, after choosing the Bambara/Dyula margin by {@code folds}-fold
   * cross-validation on the same texts (see {@link MandingMarginTuner}).
   *
   * @param targetPrecision how often a Bambara or Dyula answer must be right on held-out texts
   */
  public Training trainTuned(List<LabeledText> texts, int folds, double targetPrecision) {
    MandingMarginTuner.Choice choice =
        new MandingMarginTuner(this, folds, targetPrecision).tune(texts);
    RegionalLanguageModel model = train(texts).withMandingMargin(choice.margin());
    return new Training(
        new RegionalLanguageDetector(model),
        choice.margin(),
        choice.precision(),
        choice.coverage(),
        choice.texts());
  }

  /** A model trained on the texts, labels sorted alphabetically, Manding margin 0. */
  RegionalLanguageModel train(List<LabeledText> texts) {
    List<String> labels =
        List.copyOf(new TreeSet<>(texts.stream().map(LabeledText::label).toList()));
    List<Example> examples = examples(texts, labels);
    float[][] weights = new float[labels.size()][hasher.buckets()];
    float[] biases = new float[labels.size()];
    Random random = new Random(settings.seed());
    long steps = (long) settings.epochs() * examples.size();
    long step = 0;
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      Collections.shuffle(examples, random);
      for (Example e : examples) {
        double rate = settings.learningRate() * (1 - (double) step++ / steps);
        update(weights, biases, e, rate);
      }
    }
    return RegionalLanguageModel.quantize(hasher, labels, weights, biases);
  }

  private List<Example> examples(List<LabeledText> texts, List<String> labels) {
    Random random = new Random(settings.seed() ^ 0x5DEECE66DL);
    List<Example> examples = new ArrayList<>();
    for (LabeledText t : texts) {
      int label = labels.indexOf(t.label());
      examples.add(example(t.text(), label));
      String[] words = t.text().trim().split("\\s+");
      for (int f = 0; f < settings.fragmentsPerText() && words.length > 2; f++) {
        examples.add(example(fragment(words, random), label));
      }
    }
    return examples;
  }

  private Example example(String text, int label) {
    return new Example(hasher.features(CharNgramHasher.normalize(text)), label);
  }

  private static String fragment(String[] words, Random random) {
    int length = Math.min(words.length, 2 + random.nextInt(5));
    int start = random.nextInt(words.length - length + 1);
    return String.join(" ", List.of(words).subList(start, start + length));
  }

  /** One gradient step on the cross-entropy loss of one example. */
  private static void update(float[][] weights, float[] biases, Example e, double rate) {
    double[] p = RegionalLanguageModel.softmax(logits(weights, biases, e.x()));
    for (int c = 0; c < p.length; c++) {
      float g = (float) (rate * (p[c] - (c == e.label() ? 1 : 0)));
      if (g == 0) {
        continue;
      }
      float[] w = weights[c];
      for (int k = 0; k < e.x().size(); k++) {
        w[e.x().indices()[k]] -= g * e.x().values()[k];
      }
      biases[c] -= g;
    }
  }

  private static double[] logits(float[][] weights, float[] biases, SparseVector x) {
    double[] logits = new double[weights.length];
    for (int c = 0; c < weights.length; c++) {
      double sum = biases[c];
      float[] w = weights[c];
      for (int k = 0; k < x.size(); k++) {
        sum += w[x.indices()[k]] * x.values()[k];
      }
      logits[c] = sum;
    }
    return logits;
  }
}
