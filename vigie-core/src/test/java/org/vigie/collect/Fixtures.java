package org.vigie.collect;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared test inputs: the fixture folder (relative, as a user would type it) and a fixed clock. */
final class Fixtures {
  static final Path ROOT = Path.of("src", "test", "resources", "ingest");
  static final Instant NOW = Instant.parse("2025-04-01T08:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String SOURCE = "test-source";

  private Fixtures() {}

  static Path path(String first, String... more) {
    return ROOT.resolve(Path.of(first, more));
  }

  /** The origin string for a fixture, with the platform's separator. */
  static String name(String first, String... more) {
    return path(first, more).toString();
  }

  static FileCollector collector() {
    return new FileCollector(SOURCE, CLOCK);
  }

  static FileCollector collector(CollectLimits limits) {
    return new FileCollector(SOURCE, CLOCK, limits, FileCollector.standardFormats());
  }
}
