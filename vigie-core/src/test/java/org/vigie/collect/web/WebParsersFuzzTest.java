package org.vigie.collect.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.vigie.collect.fetch.UrlNormalizer;

/**
 * Fuzz tests of feeds and sitemaps as the collectors read them (docs/FUZZING.md): parsing either
 * succeeds or throws the one exception the collector reports as a malformed record ({@link
 * FeedException}, {@link IOException}); what a parsed feed or sitemap holds (links, texts, dates,
 * news attributes, child sitemaps) is then read as the collector reads it, which must never throw.
 * Seeds: {@code WebParsersFuzzTestInputs/<method>/}.
 */
class WebParsersFuzzTest {
  private static final long LIMIT = 1L << 20;
  private static final String URL = "https://www.example.ml/sitemap.xml";
  private final UrlNormalizer normalizer = new UrlNormalizer();

  @FuzzTest
  void feed(byte[] xml) {
    SyndFeed feed;
    try {
      feed = FeedCollector.parse(xml);
    } catch (FeedException expected) {
      return;
    }
    for (SyndEntry entry : feed.getEntries()) {
      normalizer.normalize(FeedCollector.link(entry));
      FeedCollector.text(entry);
      assertThat(FeedCollector.hints(feed, entry)).isNotNull();
    }
  }

  /** Sitemap bytes as served: XML, plain text, or gzip (seeds hold a real {@code .xml.gz}). */
  @FuzzTest
  void sitemap(byte[] body) {
    read("text/xml", body);
    read("text/plain", body);
  }

  /** The same bytes gzipped, so that the fuzzer reaches the XML behind the gzip path. */
  @FuzzTest
  void gzippedSitemap(byte[] xml) {
    read("text/xml", gzip(xml));
  }

  private void read(String type, byte[] body) {
    AbstractSiteMap map;
    try {
      map = SitemapCollector.parse(URL, type, body, LIMIT);
    } catch (IOException expected) {
      return;
    }
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        normalizer.normalize(child.getUrl().toString());
      }
    } else if (map instanceof SiteMap urls) {
      for (SiteMapURL entry : urls.getSiteMapUrls()) {
        normalizer.normalize(entry.getUrl().toString());
        entry.getLastModified();
        assertThat(SitemapCollector.hints(entry)).isNotNull();
      }
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
