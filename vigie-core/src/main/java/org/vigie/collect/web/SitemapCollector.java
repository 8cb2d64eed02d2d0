package org.vigie.collect.web;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.vigie.collect.CollectProgress;
import org.vigie.collect.Collector;
import org.vigie.collect.DocumentSink;
import org.vigie.collect.fetch.FetchException;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.fetch.UrlNormalizer;
import org.vigie.collect.sources.Source;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * Collects the pages a sitemap lists, read with crawler-commons: sitemap indexes (children
 * followed, at most {@value #MAX_SITEMAPS} sitemaps a run), gzip sitemaps, and news sitemaps, whose
 * title and publication date become the document's hints. Sitemaps are fetched conditionally; a
 * listed page already in the {@link FetchMemory} is fetched again only when its {@code lastmod} is
 * later than that fetch. At most {@link WebOptions#maxPages()} pages a run.
 */
final class SitemapCollector implements Collector {
  static final int MAX_SITEMAPS = 200;

  private final Source source;
  private final WebRun run;
  private final UrlNormalizer normalizer = new UrlNormalizer();
  private int pages;
  private boolean limitReported;

  SitemapCollector(Source source, WebRun run) {
    this.source = source;
    this.run = run;
  }

  @Override
  public void collect(DocumentSink sink, CollectProgress listener) {
    RunProgress progress = new RunProgress(listener);
    progress.start(1);
    pages = 0;
    limitReported = false;
    String start = normalizer.normalize(source.location());
    if (start == null) {
      String message = "sitemap location is not an http(s) URL: '" + source.location() + "'";
      sink.reject(IngestError.skipped(source.location(), ErrorCause.BAD_URL, message));
      return;
    }
    try (PoliteFetcher web = run.open()) {
      Deque<String> sitemaps = new ArrayDeque<>();
      Set<String> queued = new HashSet<>();
      sitemaps.add(start);
      queued.add(start);
      while (!sitemaps.isEmpty() && queued.size() <= MAX_SITEMAPS) {
        String url = sitemaps.poll();
        sitemap(web, sink, url, progress, sitemaps.size())
            .ifPresent(
                map -> {
                  if (map instanceof SiteMapIndex index) {
                    for (AbstractSiteMap child : index.getSitemaps()) {
                      String key = normalizer.normalize(child.getUrl().toString());
                      if (key != null && queued.add(key)) {
                        sitemaps.add(key);
                      }
                    }
                  } else if (map instanceof SiteMap urls) {
                    for (SiteMapURL entry : urls.getSiteMapUrls()) {
                      try {
                        page(web, sink, entry, progress);
                      } catch (org.vigie.collect.CollectionStopped stop) {
                        throw stop;
                      } catch (RuntimeException e) {
                        String message = "sitemap entry not read: " + e;
                        sink.reject(IngestError.skipped(url, ErrorCause.INTERNAL, message));
                      }
                    }
                  }
                });
      }
      web.finish(sink);
    }
  }

  private Optional<AbstractSiteMap> sitemap(
      PoliteFetcher web, DocumentSink sink, String url, RunProgress progress, int waiting) {
    PoliteFetcher.Page page;
    try {
      page = web.fetch(url);
    } catch (FetchException e) {
      sink.reject(e.toIngestError(url));
      return Optional.empty();
    }
    progress.pageDone(url, page.result().body().length, waiting);
    if (page.unchanged()) {
      return Optional.empty();
    }
    try {
      String type = "text/plain".equals(page.result().mediaType()) ? "text/plain" : "text/xml";
      return Optional.of(parse(url, type, page.result().body(), run.settings().maxBodyBytes()));
    } catch (IOException e) {
      web.memory().remember(new FetchMemory.Seen(url, null, null, null, page.result().fetchedAt()));
      String message = "not a readable sitemap: " + e.getMessage();
      sink.reject(IngestError.skipped(url, ErrorCause.MALFORMED_RECORD, message));
      return Optional.empty();
    }
  }

  /**
   * Parses a sitemap or sitemap index (XML, gzipped XML or plain text; no DTD allowed), with the
   * news extension.
   *
   * @throws IOException for anything that is not a readable sitemap, whatever the parser threw
   */
  static AbstractSiteMap parse(String url, String type, byte[] body, long limit)
      throws IOException {
    try {
      byte[] xml = gunzipIfNeeded(body, limit);
      SiteMapParser parser = new SiteMapParser(false, true);
      parser.enableExtension(Extension.NEWS);
      return parser.parseSiteMap(type, xml, URI.create(url).toURL());
    } catch (UnknownFormatException | RuntimeException e) {
      throw new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
  }

  /** {@code body}, gunzipped when it is gzip data (a {@code .xml.gz} sitemap), within the limit. */
  static byte[] gunzipIfNeeded(byte[] body, long limit) throws IOException {
    if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
      return body;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] xml = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (xml.length > limit) {
        throw new IOException("gunzipped sitemap exceeds the limit of " + limit + " bytes");
      }
      return xml;
    }
  }

  private void page(PoliteFetcher web, DocumentSink sink, SiteMapURL entry, RunProgress progress) {
    String key = normalizer.normalize(entry.getUrl().toString());
    if (key == null) {
      String message = "the sitemap lists a URL that is not http(s): " + entry.getUrl();
      sink.reject(IngestError.skipped(entry.getUrl().toString(), ErrorCause.BAD_URL, message));
      return;
    }
    if (!due(web, key, entry)) {
      return;
    }
    if (pages >= run.options().maxPages()) {
      if (!limitReported) {
        limitReported = true;
        String message =
            "page limit of "
                + run.options().maxPages()
                + " reached; the rest waits for the next run";
        sink.reject(IngestError.warning(source.location(), ErrorCause.TOO_LARGE, message));
      }
      return;
    }
    pages++;
    try {
      PoliteFetcher.Page page = web.fetch(key);
      progress.pageDone(key, page.result().body().length, 0);
      if (page.unchanged()) {
        return;
      }
      if (!WebDocuments.readable(page.result())) {
        String message = "not an HTML or text page: " + page.result().mediaType();
        sink.reject(IngestError.skipped(key, ErrorCause.UNSUPPORTED, message));
        return;
      }
      sink.accept(WebDocuments.page(source, page, key, hints(entry)));
    } catch (FetchException e) {
      sink.reject(e.toIngestError(key));
    }
  }

  /** Whether a listed page needs fetching: never fetched, or modified since it was. */
  private static boolean due(PoliteFetcher web, String key, SiteMapURL entry) {
    Optional<FetchMemory.Seen> seen = web.memory().seen(key);
    if (seen.isEmpty()) {
      return true;
    }
    return entry.getLastModified() != null
        && entry.getLastModified().toInstant().isAfter(seen.get().fetchedAt());
  }

  static Map<String, String> hints(SiteMapURL entry) {
    Map<String, String> hints = new HashMap<>();
    ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata metadata : news) {
        if (metadata instanceof NewsAttributes article) {
          hints.put(RawDocument.Hint.TITLE, article.getTitle());
          hints.put(RawDocument.Hint.SITE, article.getName());
          if (article.getPublicationDateTime() != null) {
            hints.put(
                RawDocument.Hint.PUBLISHED,
                article.getPublicationDateTime().toInstant().toString());
          }
        }
      }
    }
    return hints;
  }
}
