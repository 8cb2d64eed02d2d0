package org.vigie.analysis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Body extraction beyond news templates, on the committed wider-web fixtures ({@code
 * src/test/resources/extract/wider}: Blogger and WordPress posts, a news site with a mega-menu,
 * bare paragraphs, a script shell with JSON-LD only, institutional pages; recipes, product sheets,
 * programmes; mislabelled and unlabelled UTF-8), scored by sentences ({@link SentenceScore}).
 * Prints the figures; {@code -Dwider.verbose=true} lists every page.
 */
class WiderWebExtractionTest {
  /** Set just under the measured F (see docs/BENCHMARKS.md) so that a regression fails. */
  private static final double F_FLOOR = 0.98;

  @Test
  void noPageWithProseComesOutEmptyAndSentencesScoreAboveTheFloor()
      throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/extract/wider").toURI());
    List<Path> pages;
    try (Stream<Path> files = Files.list(dir)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    HtmlExtractor extractor = new HtmlExtractor();
    List<SentenceScore> scores = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    Map<String, Integer> rules = new TreeMap<>();
    for (Path page : pages) {
      String name = page.getFileName().toString().replace(".html", "");
      String html = TextDecoder.decode(Files.readAllBytes(page), null, true).text();
      Extraction found = extractor.extract(html, "https://example.org/" + name);
      String expected = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
      SentenceScore s = SentenceScore.of(expected, found.text());
      scores.add(s);
      rules.merge(found.rule(), 1, Integer::sum);
      if (found.text().isBlank()) {
        empty.add(name);
      }
      if (Boolean.getBoolean("wider.verbose")) {
        System.out.printf(
            "  P %.2f R %.2f %-12s %s%n", s.precision(), s.recall(), found.rule(), name);
        if (s.recall() < 0.5) {
          System.out.println("    > " + found.text().replace("\n\n", "\n    > "));
        }
      }
    }
    SentenceScore mean = SentenceScore.mean(scores);
    System.out.printf(
        "Wider-web fixtures: %d pages, precision %.3f, recall %.3f, F %.3f; rules %s%n",
        pages.size(), mean.precision(), mean.recall(), mean.f(), rules);
    assertThat(pages).hasSizeGreaterThanOrEqualTo(60);
    assertThat(empty).as("pages with visible prose that came out empty").isEmpty();
    assertThat(mean.f()).isGreaterThan(F_FLOOR);
  }
}
