package org.vigie.collect.fetch;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link FetchMemory} kept in memory, for tests and one-off runs. Thread-safe. */
public final class InMemoryFetchMemory implements FetchMemory {
  private final Map<String, Seen> byUrl = new ConcurrentHashMap<>();

  @Override
  public Optional<Seen> seen(String url) {
    return Optional.ofNullable(byUrl.get(url));
  }

  @Override
  public void remember(Seen seen) {
    byUrl.put(seen.url(), seen);
  }

  /** How many URLs are remembered. */
  public int size() {
    return byUrl.size();
  }
}
