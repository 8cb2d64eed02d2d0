package org.vigie.analysis.harm;

import java.nio.file.Path;
import java.util.List;

/** Ad-hoc: trains on ../shared and prints dev/test scores. Not a test. */
public final class HarmExperiment {
  public static void main(String[] args) throws Exception {
    List<HateCorpus.DataSet> data = HateCorpus.readAll(Path.of("../../shared/eval/hate"));
    data.forEach(d -> System.out.println(d.name() + " " + d.posts().size() + " " + d.decoding()));
    long t = System.nanoTime();
    HarmModelTrainer.Training tr =
        new HarmModelTrainer(HarmModelTrainer.Settings.DEFAULT).train(data);
    System.out.println("trained in " + (System.nanoTime() - t) / 1e9);
    tr.heads().forEach(System.out::println);
    for (HarmSplit s : List.of(HarmSplit.DEV, HarmSplit.TEST)) {
      for (HarmEvaluation.Result r : HarmEvaluation.run(tr.model(), data, s)) {
        System.out.printf(
            "%s %s n=%d ours %.4f peer %.4f%n",
            r.dataset(), s, r.posts(), r.model().macroF1(), r.peer().macroF1());
      }
    }
    if (args.length > 0) {
      try (var out = java.nio.file.Files.newOutputStream(Path.of(args[0]))) {
        tr.model().write(out);
      }
    }
  }
}
