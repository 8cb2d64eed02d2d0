package org.vigie.collect.sources;

import org.vigie.collect.Collector;
import org.vigie.collect.fetch.FetchMemory;

/**
 * Makes the collector that reads one source once: the registry and scheduler call this, the feed,
 * sitemap, crawl and import code implements it.
 */
@FunctionalInterface
public interface SourceCollectors {

  /**
   * The collector for one run of a source.
   *
   * @param memory what earlier runs of this source fetched (validators, content hashes), so that
   *     unchanged pages are not fetched again; the collector updates it as it goes
   */
  Collector collector(Source source, FetchMemory memory);
}
