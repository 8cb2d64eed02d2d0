package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSourcesTest {
  static final Path FEEDS = Path.of("../samples/live/feeds.tsv");

  @TempDir Path work;

  @Test
  void theCuratedListNamesEachFeedsOutletAndCountry() {
    List<DemoSources.Feed> feeds = DemoSources.feeds(FEEDS);
    assertThat(feeds).hasSize(10);
    assertThat(feeds).extracting(DemoSources.Feed::id).doesNotHaveDuplicates();
    assertThat(feeds)
        .allSatisfy(
            f -> {
              assertThat(f.url()).startsWith("https://");
              assertThat(f.outlet()).isNotBlank();
              assertThat(f.about()).isNotBlank();
              assertThat(f.country()).isIn("ML", "BF", "NE", "SN", "GN", "CI", "TG", "BJ");
            });
    assertThat(feeds)
        .extracting(DemoSources.Feed::outlet)
        .contains("Studio Tamani", "Lefaso.net", "Studio Kalangou");
  }

  @Test
  void aBadLineIsNamed() throws Exception {
    Path tsv = work.resolve("feeds.tsv");
    Files.writeString(
        tsv,
        "id\toutlet\tcountry\turl\tabout\n"
            + "ok\tStudio Tamani\tML\thttps://www.studiotamani.org/feed/\tradio\n"
            + "bad\tMaliweb\tML\thttp://www.maliweb.net/feed/\n");
    assertThatThrownBy(() -> DemoSources.feeds(tsv)).hasMessageContaining("feeds.tsv line 3");
  }

  @Test
  void aMachineThatReachesNoFeedHostIsOffline() {
    List<DemoSources.Feed> unreachable =
        List.of(
            new DemoSources.Feed("a", "A", "ML", "https://feeds.example.invalid/rss", "x"),
            new DemoSources.Feed("b", "B", "SN", "https://news.example.invalid/feed/", "y"));
    long start = System.nanoTime();
    assertThat(DemoSources.online(unreachable, Duration.ofSeconds(2))).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }
}
