package org.vigie.analysis.harm;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures a {@link HarmModel}'s heads on one split of each data set, beside an OpenNLP peer
 * trained on the same data set's train split in the same run.
 */
public final class HarmEvaluation {
  /** The scores on one data set. */
  public record Result(
      String dataset, HarmSplit split, int posts, BinaryScore model, BinaryScore peer) {}

  private HarmEvaluation() {}

  public static List<Result> run(
      HarmModel model, List<HateCorpus.DataSet> dataSets, HarmSplit split) {
    List<Result> results = new ArrayList<>();
    for (HateCorpus.DataSet d : dataSets) {
      List<LabeledPost> posts = split.of(d.posts());
      OpenNlpPeer peer = OpenNlpPeer.train(HarmSplit.TRAIN.of(d.posts()));
      List<Boolean> gold = posts.stream().map(LabeledPost::hostile).toList();
      List<Boolean> ours = posts.stream().map(p -> model.score(d.name(), p.text()) >= 0.5).toList();
      List<Boolean> theirs = posts.stream().map(p -> peer.hostile(p.text())).toList();
      results.add(
          new Result(
              d.name(),
              split,
              posts.size(),
              BinaryScore.of(gold, ours),
              BinaryScore.of(gold, theirs)));
    }
    return results;
  }
}
