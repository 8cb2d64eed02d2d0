package org.vigie.sources.web;

import java.nio.file.Path;
import java.time.Clock;
import org.vigie.fetch.FetchMemory;
import org.vigie.fetch.FetchSettings;
import org.vigie.sources.Source;

/**
 * What one run of a web source is made with; {@link #open()} starts its fetcher.
 *
 * @param warcFolder where responses are archived ({@code <warcFolder>/<source id>/}), or {@code
 *     null} for no archive
 */
record WebRun(
    Source source,
    FetchMemory memory,
    WebOptions options,
    FetchSettings settings,
    Path warcFolder,
    Clock clock) {

  PoliteFetcher open() {
    return new PoliteFetcher(source, memory, options, settings, warcFolder, clock);
  }
}
