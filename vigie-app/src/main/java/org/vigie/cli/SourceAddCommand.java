package org.vigie.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.collect.live.LiveLocation;
import org.vigie.collect.sources.RegisteredSource;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceIds;
import org.vigie.collect.sources.SourceKind;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigie source add}: registers a source. */
@Command(
    name = "add",
    description =
        "Register a source (a feed, a sitemap, a site, an import, or a live account: telegram,"
            + " mastodon, bluesky, youtube).")
final class SourceAddCommand implements Callable<Integer> {
  @ParentCommand SourceCommand parent;

  @Option(names = "--id", paramLabel = "ID", description = "Identifier (default: from the name).")
  String id;

  @Option(names = "--name", required = true, description = "Name (\"Studio Tamani\").")
  String name;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "feed|sitemap|site|import|telegram|mastodon|bluesky|youtube",
      description = "How it is collected.")
  String kind;

  static final class Location {
    @Option(names = "--url", paramLabel = "URL", description = "Feed, sitemap or home page.")
    String url;

    @Option(names = "--path", paramLabel = "PATH", description = "File or folder to import.")
    Path path;

    // live sources: a channel, an account or a hashtag (or its URL with --url)
    @Option(
        names = "--account",
        paramLabel = "ACCOUNT",
        description =
            "Live source: @channel (telegram), @user@instance or #tag@instance (mastodon),"
                + " handle or DID (bluesky), UC… channel id (youtube).")
    String account;
  }

  @ArgGroup(multiplicity = "1")
  Location location;

  @Option(names = "--country", paramLabel = "CC", description = "ISO 3166 code (ML, SN, BF…).")
  String country;

  @Option(names = "--language", paramLabel = "LANG", description = "ISO 639-3 code (fra…).")
  String language;

  @Option(names = "--tag", paramLabel = "TAG", description = "A label (repeatable).")
  List<String> tags = List.of();

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      description = "Collect every 30m, 1h, 6h, 1d… (default: only by hand).")
  String every;

  @Option(
      names = "--allow-private",
      description = "Allow fetching from private and loopback addresses (intranets, tests).")
  boolean allowPrivate;

  @Option(
      names = "--option",
      paramLabel = "KEY=VALUE",
      description = "A kind-specific setting (repeatable).")
  Map<String, String> options = Map.of();

  @Override
  public Integer call() {
    VigieCli cli = parent.cli;
    Messages text = cli.messages();
    SourceKind k = kind(text);
    if (k.live()) {
      return add(cli, text, k, liveLocation(k, text));
    }
    if (location.account != null) {
      throw new UserException(text.get("source.badLocation", k.name().toLowerCase(Locale.ROOT)));
    }
    String where = location.url != null ? location.url : location.path.toString();
    if ((k == SourceKind.IMPORT) != (location.path != null)) {
      throw new UserException(text.get("source.badLocation", k.name().toLowerCase(Locale.ROOT)));
    }
    if (k == SourceKind.IMPORT) {
      where = location.path.toAbsolutePath().normalize().toString();
    }
    return add(cli, text, k, where);
  }

  private Integer add(VigieCli cli, Messages text, SourceKind k, String where) {
    SourceLocations.check(k, where, allowPrivate, text);
    Source source =
        new Source(
            id != null ? id : SourceIds.slug(name),
            name,
            k,
            where,
            country,
            language,
            tags,
            every == null ? null : SourceCommand.parseEvery(every, text),
            allowPrivate,
            options);
    try (Archive archive = cli.openArchive()) {
      RegisteredSource added = archive.catalog().sources().add(source, Clock.systemUTC().instant());
      cli.out.println(
          text.get(
              "source.added",
              added.id(),
              k.name().toLowerCase(Locale.ROOT),
              SourceCommand.every(source.schedule(), text)));
    }
    return VigieCli.OK;
  }

  /** The live location as given, checked at once (the French message shows the forms). */
  private String liveLocation(SourceKind k, Messages text) {
    String kindName = k.name().toLowerCase(Locale.ROOT);
    if (location.path != null) {
      throw new UserException(text.get("source.live.badLocation", kindName));
    }
    String where = (location.account != null ? location.account : location.url).strip();
    if (!LiveLocation.valid(k, where)) {
      throw new UserException(
          text.get(
              "source.live.invalid", where, kindName, text.get("source.live.forms." + kindName)));
    }
    return where;
  }

  private SourceKind kind(Messages text) {
    try {
      return SourceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException(text.get("source.badKind", kind));
    }
  }
}
