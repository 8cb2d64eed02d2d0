package org.vigie.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.archive.Archive;
import org.vigie.archive.sources.KindCollectors;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.sources.SourceCollectors;
import org.vigie.collect.sources.SourceKind;
import org.vigie.collect.web.WebSourceCollectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vigie source add|list|remove|run}: the registered sources and their runs. */
@Command(
    name = "source",
    description = "Manage and run the sources Vigie collects from.",
    subcommands = {
      SourceAddCommand.class,
      SourceListCommand.class,
      SourceEditCommand.class,
      SourceRemoveCommand.class,
      SourceRunCommand.class
    })
final class SourceCommand implements Runnable {
  private static final Pattern EVERY = Pattern.compile("(\\d{1,6})\\s*(min|m|h|d|j)");

  @ParentCommand VigieCli cli;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out);
  }

  /**
   * The collectors of this build, by kind: the one place the application builds them. IMPORT reads
   * files and folders; feeds, sitemaps and sites are fetched from the web, every response kept as
   * WARC under the archive's {@code warc/} folder; live accounts (Telegram, Mastodon, Bluesky,
   * YouTube) are polled page by page.
   */
  static SourceCollectors collectors(Archive archive, Clock clock) {
    return KindCollectors.standard(clock)
        .with(
            List.of(SourceKind.FEED, SourceKind.SITEMAP, SourceKind.SITE),
            new WebSourceCollectors(
                FetchSettings.DEFAULTS, archive.folder().resolve("warc"), clock))
        // live sources: their posts, engagement snapshots and paging marks in the catalog
        .withLive(archive.catalog(), FetchSettings.DEFAULTS, clock);
  }

  /** Reads {@code 30m}, {@code 1h}, {@code 6h}, {@code 1d} (or {@code 1j}), or ISO {@code PT1H}. */
  static Duration parseEvery(String text, Messages messages) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = EVERY.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "m", "min" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new UserException(messages.get("source.badEvery", text));
    }
  }

  /** A duration in a few characters: {@code 45 min}, {@code 6 h}, {@code 2 j}/{@code 2 d}. */
  static String every(Duration d, Messages messages) {
    if (d == null) {
      return messages.get("source.manual");
    }
    long minutes = d.toMinutes();
    if (minutes % (24 * 60) == 0) {
      return messages.get("source.days", minutes / (24 * 60));
    }
    if (minutes % 60 == 0) {
      return (minutes / 60) + " h";
    }
    return minutes + " min";
  }
}
