package org.vigie.collect.web;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.vigie.collect.DocumentSink;
import org.vigie.collect.fetch.AddressPolicy;
import org.vigie.collect.fetch.Exchange;
import org.vigie.collect.fetch.FetchException;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.fetch.FetchResult;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.fetch.HostPacer;
import org.vigie.collect.fetch.HttpFetcher;
import org.vigie.collect.fetch.RobotsRules;
import org.vigie.collect.fetch.WarcArchive;
import org.vigie.collect.sources.Source;
import org.vigie.document.ArchivedCopy;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/**
 * The fetching side of one run of a web source: robots.txt read once per site and obeyed, requests
 * to a host paced (the source's delay or the site's crawl delay, whichever is longer), conditional
 * requests from the {@link FetchMemory}, which is updated after each full response, and every
 * exchange archived when a WARC folder is set. Not thread-safe: one per run.
 */
final class PoliteFetcher implements AutoCloseable {

  /**
   * A response and what the memory knew before it.
   *
   * @param previous what was remembered about the URL before this fetch, or {@code null}
   * @param archived where the response was archived, or {@code null} when it was not
   */
  record Page(String key, FetchResult result, FetchMemory.Seen previous, ArchivedCopy archived) {
    boolean notModified() {
      return result.notModified();
    }

    /** Whether the body is byte for byte the one fetched last time. */
    boolean unchanged() {
      return result.notModified()
          || (previous != null && result.contentHash().equals(previous.contentHash()));
    }
  }

  private final Source source;
  private final FetchMemory memory;
  private final WebOptions options;
  private final HttpFetcher fetcher;
  private final WarcArchive archive;
  private final HostPacer pacer = new HostPacer();
  private final Map<String, RobotsRules> robots = new HashMap<>();
  private final Clock clock;
  private final Path warcFolder;

  PoliteFetcher(
      Source source,
      FetchMemory memory,
      WebOptions options,
      FetchSettings settings,
      Path warcFolder,
      Clock clock) {
    this.source = source;
    this.memory = memory;
    this.options = options;
    this.clock = clock;
    this.warcFolder = warcFolder;
    this.archive =
        warcFolder != null && options.archive()
            ? new WarcArchive(
                warcFolder.resolve(folderName(source.id())),
                folderName(source.id()),
                WarcArchive.DEFAULT_MAX_FILE_BYTES,
                clock)
            : null;
    Exchange.Recorder recorder = archive == null ? Exchange.Recorder.NONE : archive;
    AddressPolicy policy =
        source.allowPrivateAddresses()
            ? AddressPolicy.allowingPrivate()
            : AddressPolicy.publicOnly();
    this.fetcher = new HttpFetcher(settings, policy, recorder, clock);
  }

  Clock clock() {
    return clock;
  }

  FetchMemory memory() {
    return memory;
  }

  /**
   * Fetches {@code key} (a normalised URL) politely and conditionally, and remembers the response.
   *
   * @throws FetchException typed by cause, {@link ErrorCause#ROBOTS_DISALLOWED} included
   */
  Page fetch(String key) throws FetchException {
    URI uri = HttpFetcher.parse(key, key);
    RobotsRules rules = robotsFor(uri);
    if (!rules.allows(uri)) {
      String why = rules.note() == null ? "robots.txt disallows it" : rules.note();
      ErrorCause cause = rules.failure() == null ? ErrorCause.ROBOTS_DISALLOWED : rules.failure();
      throw new FetchException(key, cause, "not fetched: " + why);
    }
    pace(uri, rules);
    FetchMemory.Seen previous = memory.seen(key).orElse(null);
    FetchResult result;
    try {
      result = fetcher.fetch(key, previous);
    } finally {
      pacer.finished(RobotsRules.originOf(uri));
    }
    if (!result.notModified()) {
      memory.remember(result.toSeen(key));
    }
    return new Page(key, result, previous, archived(result));
  }

  /**
   * Where the final response of {@code result} lies in the archive, its file relative to the data
   * folder (the WARC folder's parent), or {@code null} when nothing was archived.
   */
  private ArchivedCopy archived(FetchResult result) {
    if (archive == null || result.notModified()) {
      return null;
    }
    return archive
        .takeResponse(result.url().toString())
        .map(
            r -> {
              Path base = warcFolder.toAbsolutePath().normalize().getParent();
              Path file = r.file().toAbsolutePath().normalize();
              String name =
                  (base == null ? file : base.relativize(file)).toString().replace('\\', '/');
              return new ArchivedCopy(name, r.offset(), r.date(), r.uri(), r.digest());
            })
        .orElse(null);
  }

  private RobotsRules robotsFor(URI uri) throws FetchException {
    String origin = RobotsRules.originOf(uri);
    RobotsRules rules = robots.get(origin);
    if (rules != null) {
      return rules;
    }
    pace(uri, null);
    try {
      FetchResult answer = fetcher.fetchAnyStatus(origin + "/robots.txt", null);
      rules = RobotsRules.parse(origin, answer, fetcher.settings().robotsAgent());
    } catch (FetchException e) {
      if (e.reason() == ErrorCause.FORBIDDEN_ADDRESS || e.reason() == ErrorCause.BAD_URL) {
        throw new FetchException(uri.toString(), e.reason(), e.getMessage());
      }
      rules = RobotsRules.unreachable(origin, e.getMessage(), e.reason());
    } finally {
      pacer.finished(origin);
    }
    robots.put(origin, rules);
    return rules;
  }

  private void pace(URI uri, RobotsRules rules) throws FetchException {
    Duration delay = options.delay();
    Duration asked = rules == null ? null : rules.crawlDelay();
    if (asked != null && asked.compareTo(delay) > 0) {
      delay = asked;
    }
    try {
      pacer.await(RobotsRules.originOf(uri), delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri.toString(), ErrorCause.NETWORK, "interrupted while waiting");
    }
  }

  /** Closes the client and the archive, reporting archive failures to {@code sink}. */
  void finish(DocumentSink sink) {
    close();
    if (archive != null) {
      for (String failure : archive.failures()) {
        sink.reject(IngestError.warning(source.location(), ErrorCause.UNREADABLE, failure));
      }
    }
  }

  @Override
  public void close() {
    fetcher.close();
    if (archive != null) {
      archive.close();
    }
  }

  /** A source id made safe as a folder and file name. */
  static String folderName(String sourceId) {
    String safe = sourceId.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
  }
}
