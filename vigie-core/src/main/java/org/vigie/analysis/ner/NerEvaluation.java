package org.vigie.analysis.ner;

import java.util.List;

/**
 * Scores a recognizer on gold sentences: each gold sentence's words go through {@link
 * EntityRecognizer#find} as they are (gold tokenization), and the names found are compared with the
 * gold ones, conlleval-style ({@link NerScore}).
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  public static NerScore score(EntityRecognizer recognizer, List<NerCorpus.GoldSentence> gold) {
    NerScore score = new NerScore();
    for (NerCorpus.GoldSentence s : gold) {
      List<NerCorpus.Span> found =
          recognizer.find(s.words()).stream()
              .map(m -> new NerCorpus.Span(m.from(), m.to(), m.type()))
              .toList();
      score.add(s.words().size(), s.spans(), found);
    }
    return score;
  }
}
