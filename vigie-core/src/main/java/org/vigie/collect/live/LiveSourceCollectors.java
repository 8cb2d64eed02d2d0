package org.vigie.collect.live;

import java.time.Clock;
import java.util.Objects;
import org.vigie.collect.Collector;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.fetch.HostPacer;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceCollectors;
import org.vigie.collect.sources.SourceException;

/**
 * The collectors of live sources ({@link org.vigie.collect.sources.SourceKind#live()}): Telegram
 * channels, Mastodon accounts and hashtags, Bluesky accounts, YouTube channels, each run a {@link
 * LiveCollector} over the source's {@link LiveLocation}, with its {@link LiveOptions} and the
 * {@link LiveLedger} the archive keeps for it.
 */
public final class LiveSourceCollectors implements SourceCollectors {
  /** The ledger of each source, by source id. */
  @FunctionalInterface
  public interface Ledgers {
    LiveLedger of(String sourceId);
  }

  private final FetchSettings settings;
  private final Ledgers ledgers;
  private final Clock clock;
  private final HostPacer pacer = new HostPacer();

  public LiveSourceCollectors(FetchSettings settings, Ledgers ledgers, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @throws IllegalArgumentException for a source that is not live, a location that is not one of
   *     its kind, or an option that is not valid (naming the source)
   */
  @Override
  public Collector collector(Source source, FetchMemory memory) {
    if (!source.kind().live()) {
      throw new IllegalArgumentException("source '" + source.id() + "' is not a live source");
    }
    LiveOptions options = LiveOptions.of(source);
    LiveLocation location;
    try {
      location = LiveLocation.parse(source.kind(), source.location(), options.baseUrl());
    } catch (SourceException e) {
      throw new IllegalArgumentException("source '" + source.id() + "': " + e.getMessage(), e);
    }
    return new LiveCollector(
        source, location, options, settings, pacer, memory, ledgers.of(source.id()), clock);
  }
}
