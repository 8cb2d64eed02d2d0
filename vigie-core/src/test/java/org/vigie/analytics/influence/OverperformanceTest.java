package org.vigie.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.document.Account;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.Relation;

class OverperformanceTest {
  private static final Account PAGE = new Account("facebook", "1", "page", "Page", 5000L);

  @Test
  void theThreeRequiredCases() {
    assertThat(Overperformance.score(100, 50)).isEqualTo(2.0);
    assertThat(Overperformance.score(100, 200)).isEqualTo(-2.0);
    assertThat(Overperformance.score(0, 50)).isEqualTo(-50.0).isNegative();
    assertThat(Overperformance.score(0, 0)).isNegative();
    assertThat(Overperformance.score(0, 0.3)).isEqualTo(-1.0);
    assertThat(Overperformance.score(50, 50)).isEqualTo(1.0);
  }

  @Test
  void interquartileMeanDropsAQuarterAtEachEnd() {
    assertThat(Overperformance.interquartileMean(new long[] {1000, 1, 10, 20, 30, 40, 50, 0}))
        .isEqualTo(25.0); // sorted 0 1 | 10 20 30 40 | 50 1000
    // 1000 → 10..40
    assertThat(Overperformance.interquartileMean(new long[] {7})).isEqualTo(7.0);
    assertThat(Overperformance.interquartileMean(new long[] {1, 2, 3})).isEqualTo(2.0);
  }

  @Test
  void theBaselineIsTheAccountsPreviousPostsOfTheSameType() {
    List<PostMetadata> posts = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      posts.add(post(i, i < 20 ? 1000 : 50, "photo"));
    }
    posts.add(post(120, 100, "photo"));
    posts.add(post(121, 100, null));
    posts.add(post(122, 0, "photo"));

    List<Overperformance.PostScore> scores = Overperformance.scores(posts.reversed());

    assertThat(scores.getFirst().score()).isNull();
    Overperformance.PostScore photo = scores.get(120);
    // the first 20 posts (1 000 interactions) fell out of the last 100
    assertThat(photo.baseline()).isEqualTo(100);
    assertThat(photo.expected()).isEqualTo(50.0);
    assertThat(photo.score()).isEqualTo(2.0);
    Overperformance.PostScore text = scores.get(121);
    assertThat(text.type()).isEqualTo("text");
    assertThat(text.score()).isNull();
    assertThat(scores.get(122).score()).isNegative();
  }

  @Test
  void crowdTanglePostsAreScoredByType() {
    List<PostMetadata> posts =
        FixturePosts.read(PlatformFormat.CROWDTANGLE, "csv", "crowdtangle-facebook.csv");
    List<Overperformance.PostScore> scores = Overperformance.scores(posts);
    assertThat(scores).isNotEmpty();
    assertThat(scores).extracting(Overperformance.PostScore::type).contains("native video");
  }

  private static PostMetadata post(int n, long reactions, String media) {
    List<Relation> relations =
        media == null ? List.of() : List.of(new Relation(Relation.Kind.MEDIA, media, null));
    return new PostMetadata(
        "facebook",
        "p" + n,
        PAGE,
        new Engagement(null, 0L, reactions, 0L),
        relations,
        java.time.Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * n).toString(),
        null);
  }
}
