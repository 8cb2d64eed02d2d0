package org.vigie.collect.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.vigie.collect.Collector;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceCollectors;

/**
 * The collectors of web sources: {@link org.vigie.collect.sources.SourceKind#FEED} (RSS/Atom,
 * {@link FeedCollector}), {@link org.vigie.collect.sources.SourceKind#SITEMAP} ({@link
 * SitemapCollector}) and {@link org.vigie.collect.sources.SourceKind#SITE} ({@link SiteCrawler}).
 * Options are read from the source ({@link WebOptions}); a source refuses loopback and private
 * addresses unless it allows them. With a WARC folder, every response is archived under {@code
 * <folder>/<source id>/}.
 */
public final class WebSourceCollectors implements SourceCollectors {
  private final FetchSettings settings;
  private final Path warcFolder;
  private final Clock clock;

  /**
   * @param warcFolder the folder WARC files go in (for example {@code <data>/warc}), or {@code
   *     null} for no archive
   */
  public WebSourceCollectors(FetchSettings settings, Path warcFolder, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.warcFolder = warcFolder;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Default fetch settings, no archive. */
  public WebSourceCollectors() {
    this(FetchSettings.DEFAULTS, null, Clock.systemUTC());
  }

  /**
   * @throws IllegalArgumentException for an {@code IMPORT} source, or an option that is not valid
   */
  @Override
  public Collector collector(Source source, FetchMemory memory) {
    Objects.requireNonNull(memory, "memory");
    WebRun run = new WebRun(source, memory, WebOptions.of(source), settings, warcFolder, clock);
    return switch (source.kind()) {
      case FEED -> new FeedCollector(source, run);
      case SITEMAP -> new SitemapCollector(source, run);
      case SITE -> new SiteCrawler(source, run);
      case IMPORT ->
          throw new IllegalArgumentException(
              "source '" + source.id() + "' is an import, which web collectors do not read");
      case TELEGRAM, MASTODON, BLUESKY, YOUTUBE ->
          throw new IllegalArgumentException(
              "source '" + source.id() + "' is a live source, which web collectors do not read");
    };
  }
}
