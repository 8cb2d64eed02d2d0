package org.vigie.collect.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.collect.CollectProgress;
import org.vigie.collect.Collector;
import org.vigie.collect.DocumentSink;
import org.vigie.collect.fetch.FetchException;
import org.vigie.collect.fetch.FetchResult;
import org.vigie.collect.fetch.UrlNormalizer;
import org.vigie.collect.sources.Source;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/**
 * Crawls a site without feeds, breadth first from its start page: robots.txt obeyed (disallowed
 * pages never requested, crawl delay respected), requests to a host paced, links followed to {@link
 * WebOptions#maxDepth()} and at most {@link WebOptions#maxPages()} pages fetched, on the start
 * page's host only unless {@code sameHost=false}. URLs are normalised ({@link UrlNormalizer}), a
 * page's {@code <link rel=canonical>} on the same host gives its address (a page whose canonical
 * address was already collected is not delivered twice), and pages are fetched conditionally: a
 * page unchanged since the last run (304, or the same bytes) is not delivered.
 *
 * <p>A link robots.txt disallows is reported as a {@link ErrorCause#ROBOTS_DISALLOWED} warning
 * (counted, not a failure of the run) and never requested.
 *
 * <p>The start page is read for its links only: it is the site's front page, a list of articles,
 * not an article. Every other HTML or text page is delivered.
 */
final class SiteCrawler implements Collector {
  /** Links to files that are never pages; not worth a request. */
  private static final Pattern NOT_A_PAGE =
      Pattern.compile(
          ".*\\.(jpe?g|png|gif|webp|svg|ico|css|js|pdf|zip|gz|mp3|mp4|avi|mov|docx?|xlsx?|pptx?)$");

  private record Link(String url, int depth) {}

  private final Source source;
  private final WebRun run;
  private final UrlNormalizer normalizer = new UrlNormalizer();
  private final Set<String> known = new HashSet<>();
  private final Deque<Link> frontier = new ArrayDeque<>();
  private String host;
  private int fetched;

  SiteCrawler(Source source, WebRun run) {
    this.source = source;
    this.run = run;
  }

  @Override
  public void collect(DocumentSink sink, CollectProgress listener) {
    RunProgress progress = new RunProgress(listener);
    String start = normalizer.normalize(source.location());
    if (start == null) {
      String message = "site location is not an http(s) URL: '" + source.location() + "'";
      sink.reject(IngestError.skipped(source.location(), ErrorCause.BAD_URL, message));
      return;
    }
    host = URI.create(start).getHost();
    known.clear();
    frontier.clear();
    fetched = 0;
    known.add(start);
    frontier.add(new Link(start, 0));
    progress.start(1);
    try (PoliteFetcher web = run.open()) {
      while (!frontier.isEmpty()) {
        if (fetched >= run.options().maxPages()) {
          String message =
              "page limit of "
                  + run.options().maxPages()
                  + " reached; "
                  + frontier.size()
                  + " links left for the next run";
          sink.reject(IngestError.warning(source.location(), ErrorCause.TOO_LARGE, message));
          break;
        }
        Link link = frontier.poll();
        try {
          visit(web, sink, link);
        } catch (org.vigie.collect.CollectionStopped stop) {
          throw stop;
        } catch (RuntimeException e) {
          sink.reject(IngestError.skipped(link.url(), ErrorCause.INTERNAL, "page not read: " + e));
        }
        progress.pageDone(link.url(), 0, frontier.size());
      }
      web.finish(sink);
    }
  }

  private void visit(PoliteFetcher web, DocumentSink sink, Link link) {
    PoliteFetcher.Page page;
    try {
      fetched++;
      page = web.fetch(link.url());
    } catch (FetchException e) {
      if (e.reason() == ErrorCause.ROBOTS_DISALLOWED) {
        // obeying robots.txt is what a crawl should do: counted, but not a failure of the run
        fetched--;
        sink.reject(IngestError.warning(link.url(), e.reason(), e.getMessage()));
      } else {
        sink.reject(e.toIngestError(link.url()));
      }
      return;
    }
    if (page.notModified()) {
      return;
    }
    FetchResult result = page.result();
    if (!WebDocuments.readable(result)) {
      return;
    }
    String address = link.url();
    if (result.isHtml()) {
      Document html = parse(result);
      follow(html, link.depth());
      String canonical = canonical(html);
      if (canonical != null && !canonical.equals(link.url())) {
        if (!known.add(canonical)) {
          return;
        }
        address = canonical;
      }
    }
    if (link.depth() > 0 && !page.unchanged()) {
      sink.accept(WebDocuments.page(source, page, address, Map.of()));
    }
  }

  private static Document parse(FetchResult result) {
    Charset charset = StandardCharsets.UTF_8;
    String declared = result.charset();
    if (declared != null && Charset.isSupported(declared)) {
      charset = Charset.forName(declared);
    }
    return Jsoup.parse(new String(result.body(), charset), result.url().toString());
  }

  private void follow(Document html, int depth) {
    if (depth >= run.options().maxDepth()) {
      return;
    }
    for (Element anchor : html.select("a[href]")) {
      String url = normalizer.normalize(anchor.absUrl("href"));
      if (url != null && wanted(url) && known.add(url)) {
        frontier.add(new Link(url, depth + 1));
      }
    }
  }

  private boolean wanted(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
    boolean sameHost = host.equalsIgnoreCase(uri.getHost());
    return (sameHost || !run.options().sameHost()) && !NOT_A_PAGE.matcher(path).matches();
  }

  /** The page's canonical URL when it names one on the crawled host, normalised; else null. */
  private String canonical(Document html) {
    Element link = html.selectFirst("link[rel=canonical][href]");
    if (link == null) {
      return null;
    }
    String url = normalizer.normalize(link.absUrl("href"));
    if (url == null) {
      return null;
    }
    String canonicalHost = URI.create(url).getHost();
    return host.equalsIgnoreCase(canonicalHost) ? url : null;
  }
}
