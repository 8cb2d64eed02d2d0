package org.vigie.collect.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.collect.CollectProgress;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;

/** Test helpers: sources on the local test server, and one run of them. */
final class WebSources {
  private WebSources() {}

  /** A source allowed on loopback (the test server), no delay unless options say otherwise. */
  static Source source(String id, SourceKind kind, String url, Map<String, String> options) {
    Map<String, String> all = new HashMap<>(Map.of(WebOptions.DELAY_MS, "0"));
    all.putAll(options);
    return new Source(id, id, kind, url, "ML", "fra", List.of(), null, true, all);
  }

  static CollectedSink run(Source source, FetchMemory memory) {
    return run(source, memory, null);
  }

  static CollectedSink run(Source source, FetchMemory memory, Path warc) {
    CollectedSink sink = new CollectedSink();
    new WebSourceCollectors(FetchSettings.DEFAULTS, warc, Clock.systemUTC())
        .collector(source, memory)
        .collect(sink, CollectProgress.NONE);
    return sink;
  }
}
