package org.vigie.analysis.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewers' decisions in training ({@code vigie train harm --with-reviews}): read from the review
 * queue's JSON lines, added to the train split of every head only, and left out when a dev or test
 * split holds their text, so that the measured figures stay those of the same held-out posts.
 */
class HarmTrainerReviewsTest {
  @TempDir Path work;

  private static HateCorpus.DataSet small() {
    List<LabeledPost> posts = new ArrayList<>();
    String[] groups = {"Peuls", "Dogons", "Touaregs", "Mossis", "Wolofs", "Bambaras"};
    int n = 0;
    for (String g : groups) {
      for (int i = 0; i < 8; i++) {
        posts.add(new LabeledPost("t", ++n, "les " + g + " sont des cafards " + i, true));
        posts.add(new LabeledPost("t", ++n, "les " + g + " fêtent la récolte " + i, false));
      }
    }
    return new HateCorpus.DataSet("t", posts, new HateCorpus.Decoding(posts.size(), 0, 0));
  }

  private static final HarmModelTrainer.Settings FAST =
      new HarmModelTrainer.Settings(12, new double[] {1}, new double[] {1}, 2, 16L);

  @Test
  void reviewedPostsJoinEveryHeadsTrainSplitOnlyAndHeldOutTextsAreLeftOut() {
    HateCorpus.DataSet d = small();
    LabeledPost heldOut =
        d.posts().stream()
            .filter(p -> HarmSplit.of(p.text()) != HarmSplit.TRAIN)
            .findFirst()
            .orElseThrow();
    List<LabeledPost> reviewed =
        List.of(
            new LabeledPost(ReviewedPosts.DATASET, 1, "il faut chasser les Peuls du village", true),
            new LabeledPost(ReviewedPosts.DATASET, 2, "les Peuls vendent du lait au marché", false),
            new LabeledPost(ReviewedPosts.DATASET, 3, heldOut.text().toUpperCase() + " !", true));
    HarmModelTrainer trainer = new HarmModelTrainer(FAST);
    HarmModelTrainer.Training without = trainer.train(List.of(d));
    HarmModelTrainer.Training with = trainer.train(List.of(d), reviewed);
    assertThat(with.reviewed()).isEqualTo(2);
    assertThat(with.reviewedDropped()).isEqualTo(1);
    HarmModelTrainer.HeadReport before = without.heads().getFirst();
    HarmModelTrainer.HeadReport after = with.heads().getFirst();
    assertThat(after.train()).isEqualTo(before.train() + 2);
    assertThat(after.dev()).isEqualTo(before.dev());
    assertThat(without.reviewed()).isZero();
  }

  @Test
  void theQueuesJsonLinesAreReadAndBadLinesSkippedWithTheirNumbers() throws Exception {
    Path file =
        Files.writeString(
            work.resolve("decisions.jsonl"),
            """
            {"kind":"harm","text":"Les Peuls sont des terroristes","hostile":true,"status":"confirme"}
            not json
            {"kind":"harm","text":"Les Peuls fêtent la Tabaski","hostile":false,"status":"ecarte"}
            {"kind":"claim","text":"Un faux communiqué","hostile":true}

            {"kind":"harm","hostile":true}
            """);
    ReviewedPosts.Read read = ReviewedPosts.read(file);
    assertThat(read.posts())
        .extracting(LabeledPost::text, LabeledPost::hostile)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Les Peuls sont des terroristes", true),
            org.assertj.core.groups.Tuple.tuple("Les Peuls fêtent la Tabaski", false));
    assertThat(read.skipped()).containsExactly(2L, 4L, 6L);
  }
}
