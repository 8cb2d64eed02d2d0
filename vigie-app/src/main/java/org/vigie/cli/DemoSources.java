package org.vigie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.archive.catalog.SourceRegistry;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;

/**
 * The demo's registered sources, so that the Sources page shows real states and runs: one import
 * source per part of the bundled samples (seed pages, press articles, a Telegram channel, an X
 * archive, a CrowdTangle export), and with {@code --live} the curated public feeds of {@code
 * samples/live/feeds.tsv}. Registering is idempotent: a source already registered is left as it is.
 */
final class DemoSources {
  /** How often the live feeds are collected while the demo runs. */
  static final Duration LIVE_EVERY = Duration.ofHours(6);

  /**
   * One bundled sample.
   *
   * @param path under the copied samples folder
   * @param format the platform export's format, or null for files read as {@code vigie ingest}
   */
  record Sample(String id, String name, String path, String format, String country) {}

  static final List<Sample> SAMPLES =
      List.of(
          new Sample("demo-pages", "Pages d’exemple (ONU, Amnesty, OSIRIS)", "seeds", null, null),
          new Sample("demo-presse", "Presse du Sahel (exemples)", "presse", null, "ML"),
          new Sample(
              "demo-telegram",
              "Studio Tamani Infos (export Telegram d’exemple)",
              "telegram/channel.json",
              "telegram",
              "ML"),
          new Sample("demo-x", "Compte X (archive d’exemple)", "x/archive", "x", null),
          new Sample(
              "demo-facebook",
              "Pages Facebook (export CrowdTangle d’exemple)",
              "facebook/crowdtangle-facebook.csv",
              "crowdtangle",
              null));

  /** One curated feed: its outlet, country and address (a line of {@code feeds.tsv}). */
  record Feed(String id, String outlet, String country, String url, String about) {}

  private DemoSources() {}

  /** Registers the samples' sources that are not registered yet; answers their ids. */
  static List<String> registerSamples(SourceRegistry registry, Path samples, Instant now) {
    List<String> ids = new ArrayList<>();
    for (Sample s : SAMPLES) {
      Map<String, String> options = s.format() == null ? Map.of() : Map.of("format", s.format());
      String where = samples.resolve(s.path()).toAbsolutePath().normalize().toString();
      register(
          registry,
          new Source(
              s.id(),
              s.name(),
              SourceKind.IMPORT,
              where,
              s.country(),
              "fra",
              List.of("démo"),
              null,
              false,
              options),
          now);
      ids.add(s.id());
    }
    return ids;
  }

  /** Registers the curated feeds not registered yet, collected every {@link #LIVE_EVERY}. */
  static List<Feed> registerFeeds(SourceRegistry registry, List<Feed> feeds, Instant now) {
    for (Feed f : feeds) {
      register(
          registry,
          new Source(
              f.id(),
              f.outlet(),
              SourceKind.FEED,
              f.url(),
              f.country(),
              "fra",
              List.of("démo", "en direct"),
              LIVE_EVERY,
              false,
              Map.of()),
          now);
    }
    return feeds;
  }

  private static void register(SourceRegistry registry, Source source, Instant now) {
    if (registry.get(source.id()).isEmpty()) {
      registry.add(source, now);
    }
  }

  /**
   * The feeds of a {@code feeds.tsv}: tab-separated id, outlet, country, URL and description;
   * {@code #} lines and the header are skipped.
   *
   * @throws IllegalArgumentException naming the line when one has not five columns or a bad URL
   */
  static List<Feed> feeds(Path tsv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo's feed list " + tsv, e);
    }
    List<Feed> feeds = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 5 || !c[3].startsWith("https://")) {
        throw new IllegalArgumentException(
            tsv + " line " + (i + 1) + ": expected id, outlet, country, https URL, description");
      }
      URI.create(c[3]);
      feeds.add(new Feed(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip()));
    }
    return feeds;
  }

  /**
   * Whether this machine reaches the Internet: a TCP connection to the first feed hosts that
   * answers within {@code timeout}. Offline, a name does not even resolve, so this is quick.
   */
  static boolean online(List<Feed> feeds, Duration timeout) {
    for (Feed f : feeds.subList(0, Math.min(3, feeds.size()))) {
      URI uri = URI.create(f.url());
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(uri.getHost(), 443), (int) timeout.toMillis());
        return true;
      } catch (IOException | IllegalArgumentException e) {
        // unreachable: try the next one
      }
    }
    return false;
  }
}
