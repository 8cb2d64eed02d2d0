package org.vigie.collect.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.io.FeedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.collect.fetch.TestWebServer;

/**
 * Feeds and sitemaps are hostile input: mutated fixtures and random bytes either parse or fail with
 * the one exception type the collectors turn into an error record, never anything else; document
 * type declarations (external entities) are refused.
 */
class WebParsersRandomInputTest {
  private static final long LIMIT = 10L << 20;

  private static byte[] fixture(String path) throws IOException {
    try (InputStream in = WebParsersRandomInputTest.class.getResourceAsStream("/fetch/" + path)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace("{{base}}", "http://www.example.ml").getBytes(StandardCharsets.UTF_8);
    }
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] copy = original.clone();
    int edits = 1 + random.nextInt(20);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(copy.length);
      copy[at] = (byte) random.nextInt(256);
    }
    int cut = random.nextInt(4) == 0 ? random.nextInt(copy.length) : copy.length;
    return Arrays.copyOf(copy, cut);
  }

  @Test
  void mutatedFeedsParseOrFailWithAFeedException() throws IOException {
    Random random = new Random(20261116);
    for (String name : new String[] {"studio-sahel.rss", "bamako-direct.atom", "radio-kayes.rdf"}) {
      byte[] feed = fixture("feeds/" + name);
      for (int i = 0; i < 300; i++) {
        byte[] input = i % 10 == 0 ? randomBytes(random) : mutate(feed, random);
        try {
          assertThat(FeedCollector.parse(input)).isNotNull();
        } catch (FeedException expected) {
          // reported as MALFORMED_RECORD by the collector
        }
      }
    }
  }

  @Test
  void mutatedSitemapsParseOrFailWithAnIoException() throws IOException {
    Random random = new Random(7);
    for (String name : new String[] {"news-index.xml", "news-1.xml"}) {
      byte[] sitemap = fixture("sitemaps/" + name);
      for (int i = 0; i < 300; i++) {
        byte[] input = i % 10 == 0 ? randomBytes(random) : mutate(sitemap, random);
        try {
          SitemapCollector.parse(
              "http://www.example.ml/sitemaps/" + name, "text/xml", input, LIMIT);
        } catch (IOException expected) {
          // reported as MALFORMED_RECORD by the collector
        }
      }
    }
  }

  @Test
  void aFeedWithAnExternalEntityIsRefused() {
    byte[] xxe =
        ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><link>http://a.ml/</link>"
                + "<description>d</description></channel></rss>")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FeedCollector.parse(xxe)).isInstanceOf(FeedException.class);
  }

  @Test
  void aSitemapWithAnExternalEntityDoesNotReadIt() {
    byte[] xxe =
        ("<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>http://www.example.ml/&x;</loc></url></urlset>")
            .getBytes(StandardCharsets.UTF_8);

    try {
      var map = SitemapCollector.parse("http://www.example.ml/sitemap.xml", "text/xml", xxe, LIMIT);
      assertThat(map.toString()).doesNotContain("root:");
    } catch (IOException refused) {
      assertThat(refused).hasMessageNotContaining("root:");
    }
  }

  @Test
  void aGzipBombSitemapIsRefused() throws IOException {
    byte[] bomb = TestWebServer.gzip(new byte[2 << 20]);

    assertThatThrownBy(
            () ->
                SitemapCollector.parse("http://www.example.ml/s.xml.gz", "text/xml", bomb, 1 << 20))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("exceeds the limit");
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(2000)];
    random.nextBytes(bytes);
    return bytes;
  }
}
