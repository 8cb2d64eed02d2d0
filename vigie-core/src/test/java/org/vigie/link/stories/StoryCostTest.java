package org.vigie.link.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Prints the clusterer's cost per article after 10 000 and after 100 000 articles (100 a day, so
 * 100 and 1 000 days of news): it must not grow with the archive, since only the window's stories
 * are looked at. No timing assertion (shared machines); the window's size is asserted instead.
 */
class StoryCostTest {
  private static final int PER_DAY = 100;
  private static final int MEASURED = 5_000;

  @Test
  void costPerArticleDoesNotGrowWithTheArchive() {
    for (int archive : new int[] {10_000, 100_000, 10_000}) { // the first run warms the JIT
      StoryClusterer clusterer = StoryClusterer.standard();
      Random random = new Random(42);
      for (int i = 0; i < archive; i++) {
        clusterer.assign(article(i, random));
      }
      long start = System.nanoTime();
      for (int i = archive; i < archive + MEASURED; i++) {
        clusterer.assign(article(i, random));
      }
      double micros = (System.nanoTime() - start) / 1_000.0 / MEASURED;
      System.out.printf(
          "stories: %,d articles stored: %.1f µs per article, %,d stories in the window%n",
          archive, micros, clusterer.activeStories());
      assertThat(clusterer.activeStories()).isLessThan(PER_DAY * 12);
    }
  }

  /** An article of the day's events: 12 event words, 2 entities and 40 words of a vocabulary. */
  private static StoryDocument article(int i, Random random) {
    int day = i / PER_DAY;
    int event = day * 10 + random.nextInt(30) - 20; // events run about three days
    Map<String, Integer> terms = new HashMap<>();
    for (int w = 0; w < 12; w++) {
      terms.merge("evenement" + event + "mot" + random.nextInt(16), 1, Integer::sum);
    }
    terms.merge("@lieu" + (event % 97), 2, Integer::sum);
    terms.merge("@acteur" + (event % 211), 2, Integer::sum);
    for (int w = 0; w < 40; w++) {
      int rank = (int) Math.floor(Math.pow(5_000, random.nextDouble())); // Zipf-like
      terms.merge("mot" + rank, 1, Integer::sum);
    }
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(day);
    return new StoryDocument("d" + i, date, "Article " + i, terms);
  }
}
