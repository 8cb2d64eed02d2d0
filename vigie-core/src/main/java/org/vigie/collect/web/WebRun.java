package org.vigie.collect.web;

import java.nio.file.Path;
import java.time.Clock;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.sources.Source;

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
