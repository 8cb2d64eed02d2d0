package org.vigie.collect.live;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.vigie.collect.CollectProgress;
import org.vigie.collect.Collector;
import org.vigie.collect.DocumentSink;
import org.vigie.collect.fetch.FetchException;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.fetch.HostPacer;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.ContentId;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;

/**
 * One run of a live source: reads its pages from the newest back to the posts seen by the previous
 * run (the {@link LiveMark}), at most {@code firstPages} pages the first time and {@code maxPages}
 * later; a run that stopped early (a server that kept failing, the page limit) left a resume
 * cursor, and this run reads the new posts first, then the gap from that cursor down.
 *
 * <p>Every post on a page is a sighting for the {@link LiveLedger} (engagement history); only posts
 * that no committed run stored are delivered, so a post seen again never becomes a second document.
 * A post seen before whose position lies within a page's range (for the newest page: anything newer
 * than its oldest post) and that the page no longer shows is marked removed. What was delivered and
 * the new mark are written in {@link #committed()}, once the archive holds the documents.
 */
final class LiveCollector implements Collector {
  private final Source source;
  private final LiveLocation location;
  private final LiveOptions options;
  private final FetchSettings settings;
  private final HostPacer pacer;
  private final FetchMemory memory;
  private final LiveLedger ledger;
  private final Clock clock;
  private final Set<String> delivered = new LinkedHashSet<>();
  private LiveMark next;
  private int pagesLeft;
  private int pagesDone;
  private long bytes;

  LiveCollector(
      Source source,
      LiveLocation location,
      LiveOptions options,
      FetchSettings settings,
      HostPacer pacer,
      FetchMemory memory,
      LiveLedger ledger,
      Clock clock) {
    this.source = source;
    this.location = location;
    this.options = options;
    this.settings = settings;
    this.pacer = pacer;
    this.memory = memory;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** How one sweep ended: {@code stoppedAt} is the cursor it could not read, when incomplete. */
  private record Sweep(boolean complete, String newest, String stoppedAt) {}

  @Override
  public void collect(DocumentSink sink, CollectProgress progress) {
    delivered.clear();
    next = null;
    LiveMark mark = ledger.mark();
    pagesLeft = mark.highWater() == null ? options.firstPages() : options.maxPages();
    try (LiveFetcher web =
        new LiveFetcher(
            settings, pacer, source.allowPrivateAddresses(), options, memory, sink, clock)) {
      String accountId = accountId(web, sink);
      if (accountId == null && location.kind() == SourceKind.MASTODON && !location.hashtag()) {
        return;
      }
      Reader reader = new Reader(web, sink, progress, accountId);
      next = sweepAll(mark, reader);
    }
  }

  private LiveMark sweepAll(LiveMark mark, Reader reader) {
    String headStop = mark.pendingHigh() != null ? mark.pendingHigh() : mark.highWater();
    Sweep head = reader.sweep(null, headStop);
    if (!head.complete()) {
      return mark.resuming() || head.stoppedAt() == null
          ? mark
          : new LiveMark(
              mark.highWater(), PostPositions.max(head.newest(), headStop), head.stoppedAt());
    }
    String newest = PostPositions.max(head.newest(), mark.pendingHigh());
    if (!mark.resuming()) {
      return new LiveMark(PostPositions.max(newest, mark.highWater()), null, null);
    }
    Sweep gap = reader.sweep(mark.resumeCursor(), mark.highWater());
    if (gap.complete()) {
      return new LiveMark(PostPositions.max(newest, mark.highWater()), null, null);
    }
    String resume = gap.stoppedAt() == null ? mark.resumeCursor() : gap.stoppedAt();
    return new LiveMark(mark.highWater(), newest, resume);
  }

  /** For a Mastodon account, its id on the instance; {@code null} (reported) when not found. */
  private String accountId(LiveFetcher web, DocumentSink sink) {
    if (location.kind() != SourceKind.MASTODON || location.hashtag()) {
      return null;
    }
    String url = location.lookupUrl();
    try {
      return MastodonTimeline.accountId(web.get(url, false));
    } catch (FetchException e) {
      sink.reject(e.toIngestError(url));
    } catch (LiveFormatException e) {
      sink.reject(IngestError.skipped(url, ErrorCause.MALFORMED_RECORD, e.getMessage()));
    }
    return null;
  }

  @Override
  public void committed() {
    if (next != null) {
      ledger.committed(delivered, next);
    }
  }

  /** Reads pages of this run, sharing the page budget. */
  private final class Reader {
    private final LiveFetcher web;
    private final DocumentSink sink;
    private final CollectProgress progress;
    private final String accountId;

    Reader(LiveFetcher web, DocumentSink sink, CollectProgress progress, String accountId) {
      this.web = web;
      this.sink = sink;
      this.progress = progress;
      this.accountId = accountId;
    }

    /** Pages back from {@code start} until a page reaches {@code stop} (null: the limit). */
    Sweep sweep(String start, String stop) {
      String cursor = start;
      String newest = null;
      while (true) {
        if (pagesLeft <= 0) {
          return new Sweep(stop == null, newest, cursor);
        }
        pagesLeft--;
        String url = location.pageUrl(cursor, accountId);
        Page page = fetch(url);
        if (page == null) {
          return new Sweep(false, newest, cursor);
        }
        String[] range = read(page, url, cursor == null);
        newest = PostPositions.max(newest, range[1]);
        String more = page.nextCursor();
        boolean reached = stop != null && range[0] != null && range[0].compareTo(stop) <= 0;
        if (page.posts().isEmpty() || more == null || more.equals(cursor) || reached) {
          return new Sweep(true, newest, null);
        }
        cursor = more;
      }
    }

    /** The page at {@code url}; an unchanged feed is an empty page; {@code null} on failure. */
    private Page fetch(String url) {
      String body;
      try {
        body = web.get(url, location.kind() == SourceKind.YOUTUBE);
      } catch (FetchException e) {
        sink.reject(e.toIngestError(url));
        return null;
      }
      pagesDone++;
      if (body == null) {
        progress.update(new CollectProgress.Progress(pagesDone, pagesDone, bytes, 0, url));
        return new Page(java.util.List.of(), null);
      }
      bytes += body.length();
      progress.update(new CollectProgress.Progress(pagesDone, pagesDone + 1, bytes, 0, url));
      try {
        return parse(body);
      } catch (LiveFormatException e) {
        String message = "page not read (" + source.id() + "): " + e.getMessage();
        sink.reject(IngestError.skipped(url, ErrorCause.MALFORMED_RECORD, message));
        return null;
      }
    }

    private Page parse(String body) {
      Instant now = clock.instant();
      return switch (location.kind()) {
        case TELEGRAM -> TelegramPreview.parse(body, source.id(), now);
        case MASTODON -> MastodonTimeline.parse(body, source.id(), now);
        case BLUESKY -> BlueskyAuthorFeed.parse(body, source.id(), now);
        default -> YouTubeFeed.parse(body, source.id(), now);
      };
    }

    /** Records the page's sightings and removals; answers its oldest and newest positions. */
    private String[] read(Page page, String url, boolean newestPage) {
      Instant now = clock.instant();
      String min = null;
      String max = null;
      Set<String> shown = new HashSet<>();
      for (RawDocument raw : page.posts()) {
        PostMetadata post = raw.post();
        String position;
        try {
          position = PostPositions.of(location.kind(), post);
        } catch (LiveFormatException e) {
          sink.reject(
              IngestError.skipped(raw.origin(), ErrorCause.MALFORMED_RECORD, e.getMessage()));
          continue;
        }
        shown.add(post.postId());
        min = min == null || position.compareTo(min) < 0 ? position : min;
        max = PostPositions.max(max, position);
        boolean stored = ledger.sighted(sighting(raw, position), now);
        if (!stored && delivered.add(post.postId())) {
          sink.accept(raw);
        }
      }
      if (min != null) {
        for (String known : ledger.knownBetween(min, newestPage ? PostPositions.TOP : max)) {
          if (!shown.contains(known)) {
            ledger.markRemoved(known, now);
          }
        }
      }
      return new String[] {min, max};
    }
  }

  private static LiveLedger.Sighting sighting(RawDocument raw, String position) {
    PostMetadata post = raw.post();
    String text = new String(raw.content(), StandardCharsets.UTF_8);
    String documentId = ContentId.ofPost(post.platform(), post.accountKey(), post.postId(), text);
    return new LiveLedger.Sighting(
        post.platform(), post.postId(), position, raw.url(), documentId, post.engagement());
  }
}
