package org.vigie.analysis.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.EntityType;

class NerCorpusTest {
  @TempDir Path folder;

  @Test
  void spansFollowIob1AndIob2() {
    assertThat(NerCorpus.Span.fromTags(List.of("I-PER", "I-PER", "O", "B-LOC", "I-LOC", "I-ORG")))
        .containsExactly(
            new NerCorpus.Span(0, 2, EntityType.PER),
            new NerCorpus.Span(3, 5, EntityType.LOC),
            new NerCorpus.Span(5, 6, EntityType.ORG));
    assertThat(NerCorpus.Span.fromTags(List.of("I-PER", "B-PER", "I-MISC", "O")))
        .containsExactly(
            new NerCorpus.Span(0, 1, EntityType.PER), new NerCorpus.Span(1, 2, EntityType.PER));
  }

  @Test
  void sentencesEndAtPeriodsOrBlankLinesAndTheSplitIsByBlocks() throws IOException {
    Path file = folder.resolve("gold.bio");
    StringBuilder b = new StringBuilder("Jean I-PER\nvint O\n. O\n\nà O\nParis I-LOC\n");
    for (int i = 0; i < NerCorpus.BLOCK_TOKENS * 5; i++) {
      b.append(i % 10 == 9 ? ". O\n" : "mot O\n");
    }
    Files.writeString(file, b);
    List<NerCorpus.GoldSentence> all = NerCorpus.read(file, NerCorpus.Split.ALL);
    assertThat(all.get(0).words()).containsExactly("Jean", "vint", ".");
    assertThat(all.get(1).words()).startsWith("à", "Paris", "mot");
    assertThat(all.get(1).spans()).containsExactly(new NerCorpus.Span(1, 2, EntityType.LOC));
    int test = NerCorpus.read(file, NerCorpus.Split.TEST).size();
    int train = NerCorpus.read(file, NerCorpus.Split.TRAIN).size();
    assertThat(test + train).isEqualTo(all.size());
    assertThat((double) test / all.size()).isBetween(0.15, 0.25);
  }

  @Test
  void malformedLinesNameFileAndLine() throws IOException {
    Path file = folder.resolve("bad.bio");
    Files.writeString(file, "Jean I-PER\nvint\n");
    assertThatThrownBy(() -> NerCorpus.read(file)).hasMessageContaining("bad.bio:2");
  }

  @Test
  void scoresAreExactSpanAndType() {
    NerScore score = new NerScore();
    score.add(
        5,
        List.of(new NerCorpus.Span(0, 2, EntityType.PER), new NerCorpus.Span(3, 4, EntityType.LOC)),
        List.of(
            new NerCorpus.Span(0, 1, EntityType.PER), new NerCorpus.Span(3, 4, EntityType.LOC)));
    assertThat(score.overall()).isEqualTo(new NerScore.Counts(2, 2, 1));
    assertThat(score.of(EntityType.PER).f1()).isZero();
    assertThat(score.of(EntityType.LOC).f1()).isEqualTo(1.0);
  }
}
