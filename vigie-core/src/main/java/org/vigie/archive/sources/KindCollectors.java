package org.vigie.archive.sources;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.archive.catalog.Catalog;
import org.vigie.collect.Collector;
import org.vigie.collect.FileCollector;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.live.LiveSourceCollectors;
import org.vigie.collect.platform.ImportCollectors;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceCollectors;
import org.vigie.collect.sources.SourceException;
import org.vigie.collect.sources.SourceKind;

/**
 * {@link SourceCollectors} composed by kind: each {@link SourceKind} goes to the collectors that
 * know it (feeds, sitemaps and crawls to the web collectors, imports to the file or export
 * readers). A kind nobody registered fails the run with a clear message.
 */
public final class KindCollectors implements SourceCollectors {
  private final Map<SourceKind, SourceCollectors> byKind;

  private KindCollectors(Map<SourceKind, SourceCollectors> byKind) {
    this.byKind = Map.copyOf(byKind);
  }

  /** What this build can collect without the web collectors: IMPORT sources read as files. */
  public static KindCollectors standard(Clock clock) {
    return new KindCollectors(Map.of()).with(SourceKind.IMPORT, files(clock));
  }

  /**
   * IMPORT sources: the location is a file or folder path, read by {@link FileCollector}, or as a
   * platform export when the source's option {@code format} names one ({@link ImportCollectors}).
   */
  public static SourceCollectors files(Clock clock) {
    return (source, memory) -> ImportCollectors.forImport(source, clock);
  }

  /** The kinds of live sources: public accounts polled page by page. */
  public static final List<SourceKind> LIVE =
      List.of(SourceKind.TELEGRAM, SourceKind.MASTODON, SourceKind.BLUESKY, SourceKind.YOUTUBE);

  /**
   * These collectors with the {@link #LIVE} kinds read by {@link LiveSourceCollectors}, each
   * source's posts, engagement snapshots and paging mark kept in {@code catalog}.
   */
  public KindCollectors withLive(Catalog catalog, FetchSettings settings, Clock clock) {
    return with(LIVE, new LiveSourceCollectors(settings, catalog.live()::ledger, clock));
  }

  /** These collectors with {@code kind} handled by {@code collectors}. */
  public KindCollectors with(SourceKind kind, SourceCollectors collectors) {
    Map<SourceKind, SourceCollectors> copy = new EnumMap<>(SourceKind.class);
    copy.putAll(byKind);
    copy.put(kind, collectors);
    return new KindCollectors(copy);
  }

  /** These collectors with every kind in {@code kinds} handled by {@code collectors}. */
  public KindCollectors with(List<SourceKind> kinds, SourceCollectors collectors) {
    KindCollectors result = this;
    for (SourceKind kind : kinds) {
      result = result.with(kind, collectors);
    }
    return result;
  }

  @Override
  public Collector collector(Source source, FetchMemory memory) {
    SourceCollectors collectors = byKind.get(source.kind());
    if (collectors == null) {
      throw new SourceException(
          "this build cannot collect "
              + source.kind().name().toLowerCase(Locale.ROOT)
              + " sources yet (source '"
              + source.id()
              + "')");
    }
    return collectors.collector(source, memory);
  }
}
