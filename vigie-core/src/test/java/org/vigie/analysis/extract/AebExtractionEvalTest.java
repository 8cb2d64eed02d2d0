package org.vigie.analysis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Body-extraction quality on the Article Extraction Benchmark (181 English news pages with gold
 * bodies), scored with the benchmark's own metric. Skipped when the benchmark is not checked out
 * next to the repository. Run with {@code -Daeb.verbose=true} to list the worst pages.
 */
class AebExtractionEvalTest {
  private static final Path AEB = Path.of("../../shared/eval/extraction/aeb");

  /** Just under what the extractor reaches, so that a regression fails the build. */
  private static final double F1_FLOOR = 0.96;

  record Page(String id, String url, byte[] html, String gold) {}

  @Test
  void extractsArticleBodiesCloseToGold() throws IOException {
    assumeTrue(
        Files.isDirectory(AEB.resolve("html")),
        "Article Extraction Benchmark not found at " + AEB.toAbsolutePath() + "; skipped");
    List<Page> pages = load();
    HtmlExtractor extractor = new HtmlExtractor();
    List<String> extracted = new ArrayList<>();
    Map<String, Integer> rules = new java.util.TreeMap<>();
    long start = System.nanoTime();
    for (Page p : pages) {
      String html = TextDecoder.decode(p.html(), null, true).text();
      Extraction found = extractor.extract(html, p.url());
      extracted.add(found.text());
      rules.merge(found.rule(), 1, Integer::sum);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<ExtractionScore.PageMatch> matches = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      matches.add(ExtractionScore.match(pages.get(i).gold(), extracted.get(i)));
    }
    ExtractionScore score = ExtractionScore.of(matches);
    System.out.printf(
        "AEB: %d pages, precision %.3f, recall %.3f, F1 %.3f, %.0f pages/s (one thread, cold JVM)%n",
        score.pages(), score.precision(), score.recall(), score.f1(), pages.size() / seconds);
    System.out.println("AEB rules: " + rules);
    if (Boolean.getBoolean("aeb.verbose")) {
      printWorst(pages, matches);
    }
    assertThat(score.f1()).isGreaterThan(F1_FLOOR);
  }

  private static void printWorst(List<Page> pages, List<ExtractionScore.PageMatch> matches) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> f1(matches.get(i))));
    for (int i : order.subList(0, Math.min(25, order.size()))) {
      ExtractionScore.PageMatch m = matches.get(i);
      System.out.printf(
          "  P %.2f R %.2f %s %s%n",
          m.precision(), m.recall(), pages.get(i).id(), pages.get(i).url());
    }
  }

  private static double f1(ExtractionScore.PageMatch m) {
    double p = m.precision();
    double r = m.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static List<Page> load() throws IOException {
    JsonNode truth = new ObjectMapper().readTree(AEB.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : truth.properties()) {
      Path file = AEB.resolve("html").resolve(e.getKey() + ".html.gz");
      pages.add(
          new Page(
              e.getKey(),
              e.getValue().path("url").asText(null),
              gunzip(file),
              e.getValue().path("articleBody").asText("")));
    }
    return pages;
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
