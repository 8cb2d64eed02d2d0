package org.vigie.analysis.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.vigie.document.EntityType;

/**
 * Trains {@link NameTagger} as an averaged structured perceptron (Collins 2002): decode each
 * training sentence with the current weights, and where the best path differs from the gold one,
 * add the gold path's features and subtract the predicted path's; the model is the average of the
 * weights over all steps. Deterministic: a fixed shuffling seed, so the same data gives the same
 * model.
 *
 * <p>Reproduce the shipped model from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl vigie-core compile exec:java -Dexec.mainClass=org.vigie.analysis.ner.NameTaggerTrainer \
 *   -Dexec.args="../shared/eval/ner/europeana-fr/enp_FR.bnf.bio \
 *     vigie-core/src/main/resources/org/vigie/analysis/ner/name-tagger.bin.gz"
 * </pre>
 *
 * It trains on the training split of {@link NerCorpus} only and prints the tagger's own score on
 * the test split.
 */
public final class NameTaggerTrainer {
  static final int DEFAULT_BUCKETS = 1 << 18;
  static final int DEFAULT_EPOCHS = 10;

  private final int buckets;
  private final int epochs;
  private final Gazetteer gazetteer;

  public NameTaggerTrainer(int buckets, int epochs, Gazetteer gazetteer) {
    this.buckets = buckets;
    this.epochs = epochs;
    this.gazetteer = gazetteer;
  }

  private record Example(int[] features, int[] gold) {}

  /** Trains a tagger on gold sentences. */
  public NameTagger train(List<NerCorpus.GoldSentence> sentences) {
    int tags = NameTagger.TAGS;
    float[] w = new float[buckets * tags];
    float[] tr = new float[(tags + 1) * tags];
    float[] wSum = new float[w.length];
    float[] trSum = new float[tr.length];
    NameTagger live = new NameTagger(buckets, w, tr, gazetteer);
    List<Example> examples = new ArrayList<>();
    for (NerCorpus.GoldSentence s : sentences) {
      examples.add(new Example(live.features(s.words()), goldTags(s)));
    }
    Random random = new Random(20250101L);
    int step = 1;
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(examples, random);
      int errors = 0;
      for (Example e : examples) {
        int[] predicted = live.decode(e.features(), e.gold().length);
        errors += update(e, predicted, w, wSum, tr, trSum, step);
        step++;
      }
      System.err.printf("epoch %d: %d token errors%n", epoch + 1, errors);
    }
    for (int i = 0; i < w.length; i++) {
      w[i] -= wSum[i] / step;
    }
    for (int i = 0; i < tr.length; i++) {
      tr[i] -= trSum[i] / step;
    }
    return live;
  }

  private static int update(
      Example e, int[] predicted, float[] w, float[] wSum, float[] tr, float[] trSum, int step) {
    int tags = NameTagger.TAGS;
    int[] gold = e.gold();
    int errors = 0;
    for (int i = 0; i < gold.length; i++) {
      int g = gold[i];
      int p = predicted[i];
      int gPrev = i == 0 ? tags : gold[i - 1];
      int pPrev = i == 0 ? tags : predicted[i - 1];
      if (g != p) {
        errors++;
        int base = i * TaggerFeatures.COUNT;
        for (int k = 0; k < TaggerFeatures.COUNT; k++) {
          int f = e.features()[base + k] * tags;
          add(w, wSum, f + g, 1, step);
          add(w, wSum, f + p, -1, step);
        }
      }
      if (g != p || gPrev != pPrev) {
        add(tr, trSum, gPrev * tags + g, 1, step);
        add(tr, trSum, pPrev * tags + p, -1, step);
      }
    }
    return errors;
  }

  private static void add(float[] w, float[] sum, int i, float delta, int step) {
    w[i] += delta;
    sum[i] += step * delta;
  }

  private static int[] goldTags(NerCorpus.GoldSentence s) {
    int[] tags = new int[s.words().size()];
    for (NerCorpus.Span span : s.spans()) {
      for (int i = span.from(); i < span.to(); i++) {
        tags[i] = span.type().ordinal() + 1;
      }
    }
    return tags;
  }

  /** Entity-level score of the bare tagger (no rules) on gold sentences. */
  public static NerScore score(NameTagger tagger, List<NerCorpus.GoldSentence> sentences) {
    NerScore score = new NerScore();
    for (NerCorpus.GoldSentence s : sentences) {
      score.add(s.words().size(), s.spans(), spans(tagger.tag(s.words())));
    }
    return score;
  }

  static List<NerCorpus.Span> spans(int[] tags) {
    List<String> names = new ArrayList<>(tags.length);
    for (int t : tags) {
      names.add(t == NameTagger.OUTSIDE ? "O" : EntityType.values()[t - 1].code());
    }
    return NerCorpus.Span.fromTags(names);
  }

  /** Arguments: GOLD_FILE MODEL_OUT [EPOCHS] [BUCKETS]. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: NameTaggerTrainer GOLD_FILE MODEL_OUT [EPOCHS] [BUCKETS]");
      System.exit(2);
    }
    Path gold = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int epochs = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_EPOCHS;
    int buckets = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_BUCKETS;
    List<NerCorpus.GoldSentence> train = NerCorpus.read(gold, NerCorpus.Split.TRAIN);
    List<NerCorpus.GoldSentence> test = NerCorpus.read(gold, NerCorpus.Split.TEST);
    long start = System.nanoTime();
    NameTagger tagger = new NameTaggerTrainer(buckets, epochs, Gazetteer.standard()).train(train);
    System.err.printf(
        "trained on %d sentences in %.1f s%n", train.size(), (System.nanoTime() - start) / 1e9);
    try (OutputStream o = Files.newOutputStream(out)) {
      tagger.write(o);
    }
    System.err.printf("model: %s (%d bytes)%n", out, Files.size(out));
    System.err.print(score(tagger, test).table());
  }
}
