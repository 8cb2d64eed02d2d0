package org.vigie.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.analysis.harm.HarmClassifier;
import org.vigie.analysis.harm.HateCorpus;
import org.vigie.analysis.harm.LabeledPost;

/**
 * Hostility labelling speed on one thread: the shipped {@link HarmClassifier} (model and rules)
 * over every MLMA and FTR post, after a warm-up pass; also the model's load time. Prints a Markdown
 * table. Run from the repository root: {@code bench/harm.sh [SHARED_DIR]}.
 */
public final class HarmBenchmark {
  private HarmBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    long loadStart = System.nanoTime();
    HarmClassifier classifier = HarmClassifier.load();
    double loadMs = (System.nanoTime() - loadStart) / 1e6;
    List<String> posts = new ArrayList<>();
    for (HateCorpus.DataSet d : HateCorpus.readAll(shared.resolve("eval/hate"))) {
      d.posts().stream().map(LabeledPost::text).forEach(posts::add);
    }
    int sink = 0;
    for (int round = 0; round < 3; round++) {
      for (String p : posts) {
        sink += classifier.classify(p).hostile() ? 1 : 0;
      }
    }
    int rounds = 5;
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (String p : posts) {
        sink += classifier.classify(p).hostile() ? 1 : 0;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double perSecond = posts.size() * rounds / seconds;
    System.out.println("| measure | value |");
    System.out.println("|---|---:|");
    System.out.printf(
        Locale.ROOT, "| posts labelled (MLMA + FTR, x%d) | %d |%n", rounds, posts.size() * rounds);
    System.out.printf(Locale.ROOT, "| posts per second, one thread | %.0f |%n", perSecond);
    System.out.printf(Locale.ROOT, "| µs per post | %.1f |%n", 1e6 / perSecond);
    System.out.printf(Locale.ROOT, "| model + lexicon load | %.0f ms |%n", loadMs);
    System.out.println("(hostile answers: " + sink + ")");
  }
}
