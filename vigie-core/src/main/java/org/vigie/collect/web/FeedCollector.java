package org.vigie.collect.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.collect.CollectProgress;
import org.vigie.collect.Collector;
import org.vigie.collect.DocumentSink;
import org.vigie.collect.fetch.FetchException;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.fetch.FetchResult;
import org.vigie.collect.fetch.UrlNormalizer;
import org.vigie.collect.sources.Source;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * Collects an RSS (0.9x, 1.0, 2.0) or Atom feed, read with Rome.
 *
 * <p>The feed is fetched conditionally: an unchanged feed (304, or the same bytes) yields nothing.
 * Each entry's linked article page is fetched (politely, robots.txt obeyed) and delivered as an
 * HTML document with the entry's title, author, publication date and the feed's title as hints.
 * When the page cannot be fetched, the entry's own content or description is delivered instead,
 * with a warning. Entries whose link is in the {@link FetchMemory} are never fetched again; at most
 * {@link WebOptions#maxPages()} article pages are fetched a run (the others wait, unseen, for the
 * next one).
 */
final class FeedCollector implements Collector {
  private final Source source;
  private final WebRun run;
  private final UrlNormalizer normalizer = new UrlNormalizer();
  private int pages;

  FeedCollector(Source source, WebRun run) {
    this.source = source;
    this.run = run;
  }

  @Override
  public void collect(DocumentSink sink, CollectProgress listener) {
    RunProgress progress = new RunProgress(listener);
    progress.start(1);
    pages = 0;
    try (PoliteFetcher web = run.open()) {
      read(web, sink, progress);
      web.finish(sink);
    }
  }

  private void read(PoliteFetcher web, DocumentSink sink, RunProgress progress) {
    String feedUrl = normalizer.normalize(source.location());
    if (feedUrl == null) {
      String message = "feed location is not an http(s) URL: '" + source.location() + "'";
      sink.reject(IngestError.skipped(source.location(), ErrorCause.BAD_URL, message));
      return;
    }
    PoliteFetcher.Page page;
    try {
      page = web.fetch(feedUrl);
    } catch (FetchException e) {
      sink.reject(e.toIngestError(feedUrl));
      return;
    }
    if (page.unchanged()) {
      progress.pageDone(feedUrl, 0, 0);
      return;
    }
    SyndFeed feed;
    try {
      feed = parse(page.result().body());
    } catch (FeedException e) {
      web.memory().remember(forget(feedUrl, page));
      byte[] body = page.result().body();
      String message =
          FeedDiscovery.isWebPage(page.result().mediaType(), body)
              ? FeedDiscovery.message(FeedDiscovery.announcedFeeds(body, page.result().url()))
              : "not a readable RSS or Atom feed: " + e.getMessage();
      sink.reject(IngestError.skipped(feedUrl, ErrorCause.MALFORMED_RECORD, message));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    progress.pageDone(feedUrl, page.result().body().length, entries.size());
    for (int i = 0; i < entries.size(); i++) {
      String origin = feedUrl + "#entry" + (i + 1);
      try {
        entry(web, sink, feed, entries.get(i), origin);
      } catch (org.vigie.collect.CollectionStopped stop) {
        throw stop;
      } catch (RuntimeException e) {
        sink.reject(IngestError.skipped(origin, ErrorCause.INTERNAL, "entry not read: " + e));
      }
      progress.pageDone(feedUrl, 0, entries.size() - i - 1);
    }
  }

  /** A memory entry without validators, so that a feed that failed to parse is read again. */
  private static FetchMemory.Seen forget(String url, PoliteFetcher.Page page) {
    return new FetchMemory.Seen(url, null, null, null, page.result().fetchedAt());
  }

  /**
   * Parses feed bytes (RSS 0.9x, 1.0, 2.0 or Atom; the encoding from the XML declaration or BOM).
   * Document type declarations are refused, so no external entity is ever resolved.
   *
   * @throws FeedException for anything that is not a readable feed, whatever Rome threw
   */
  static SyndFeed parse(byte[] xml) throws FeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml))) {
      return input.build(reader);
    } catch (FeedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new FeedException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
  }

  private void entry(
      PoliteFetcher web, DocumentSink sink, SyndFeed feed, SyndEntry entry, String entryOrigin) {
    String link = normalizer.normalize(link(entry));
    Map<String, String> hints = hints(feed, entry);
    if (link != null && web.memory().seen(link).isPresent()) {
      return;
    }
    if (link != null && pages >= run.options().maxPages()) {
      if (pages++ == run.options().maxPages()) {
        String message =
            "page limit of "
                + run.options().maxPages()
                + " reached; the rest waits for the next run";
        sink.reject(IngestError.warning(source.location(), ErrorCause.TOO_LARGE, message));
      }
      return;
    }
    pages++;
    FetchException failure = null;
    if (link != null) {
      try {
        PoliteFetcher.Page page = web.fetch(link);
        if (WebDocuments.readable(page.result())) {
          sink.accept(WebDocuments.page(source, page, link, hints));
          return;
        }
        String type = page.result().mediaType();
        failure = new FetchException(link, ErrorCause.UNSUPPORTED, "article is " + type);
      } catch (FetchException e) {
        failure = e;
      }
    }
    fallBack(web, sink, entry, link, entryOrigin, hints, failure);
  }

  private void fallBack(
      PoliteFetcher web,
      DocumentSink sink,
      SyndEntry entry,
      String link,
      String entryOrigin,
      Map<String, String> hints,
      FetchException failure) {
    String origin = link == null ? entryOrigin : link;
    SyndContent content = text(entry);
    if (content == null) {
      if (failure != null) {
        sink.reject(failure.toIngestError(origin));
      } else {
        String message = "feed entry has neither a link nor any text";
        sink.reject(IngestError.skipped(origin, ErrorCause.NO_TEXT, message));
      }
      return;
    }
    if (failure != null) {
      String message =
          "article page not fetched (" + failure.getMessage() + "); the feed entry's text is used";
      sink.reject(IngestError.warning(origin, failure.reason(), message));
    }
    boolean html = content.getType() == null || !content.getType().equals("text");
    RawDocument document =
        WebDocuments.entryText(
            source,
            origin,
            link,
            web.clock().instant(),
            entry.getTitle(),
            content.getValue(),
            html,
            hints);
    sink.accept(document);
    if (link != null) {
      String hash = FetchResult.sha256Hex(document.content());
      web.memory().remember(new FetchMemory.Seen(link, null, null, hash, web.clock().instant()));
    }
  }

  static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink();
    }
    for (SyndLink link : entry.getLinks()) {
      if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
        return link.getHref();
      }
    }
    String uri = entry.getUri();
    return uri != null && uri.startsWith("http") ? uri : null;
  }

  /** The entry's full content when it has one, else its description, else {@code null}. */
  static SyndContent text(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null && !content.getValue().isBlank()) {
        return content;
      }
    }
    SyndContent description = entry.getDescription();
    return description == null || description.getValue() == null || description.getValue().isBlank()
        ? null
        : description;
  }

  static Map<String, String> hints(SyndFeed feed, SyndEntry entry) {
    Map<String, String> hints = new HashMap<>();
    hints.put(RawDocument.Hint.TITLE, entry.getTitle());
    hints.put(RawDocument.Hint.AUTHOR, entry.getAuthor());
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    if (date != null) {
      hints.put(RawDocument.Hint.PUBLISHED, date.toInstant().toString());
    }
    hints.put(RawDocument.Hint.SITE, feed.getTitle());
    return hints;
  }
}
