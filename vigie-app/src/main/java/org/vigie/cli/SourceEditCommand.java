package org.vigie.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.collect.sources.RegisteredSource;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie source edit ID}: changes what a registered source is (name, address, country,
 * language, tags, schedule, private addresses, options) and its editors' labels (satire, false
 * news, state media), keeping its state and history; what is not given stays as it was.
 */
@Command(name = "edit", description = "Change a source (what is not given stays as it was).")
final class SourceEditCommand implements Callable<Integer> {
  @ParentCommand SourceCommand parent;

  @Parameters(paramLabel = "ID", description = "The source's id.")
  String id;

  @Option(names = "--name", description = "New name.")
  String name;

  @Option(
      names = {"--url", "--path", "--account"},
      paramLabel = "WHERE",
      description = "New address, path or account.")
  String location;

  @Option(names = "--country", paramLabel = "CC")
  String country;

  @Option(names = "--language", paramLabel = "LANG")
  String language;

  @Option(names = "--tag", paramLabel = "TAG", description = "Replaces the tags (repeatable).")
  List<String> tags;

  @Option(names = "--every", paramLabel = "DURATION", description = "New schedule (30min, 6h, 1d).")
  String every;

  @Option(names = "--allow-private", paramLabel = "true|false", arity = "1")
  Boolean allowPrivate;

  @Option(
      names = "--option",
      paramLabel = "KEY=VALUE",
      description = "Sets a setting (repeatable).")
  Map<String, String> options = Map.of();

  @Option(
      names = "--label",
      paramLabel = "LABEL",
      description = "Replaces the labels (repeatable): satire, false-news, state-media.")
  List<String> labels;

  @Option(names = "--no-labels", description = "Removes every label.")
  boolean noLabels;

  @Option(
      names = "--remove-option",
      paramLabel = "KEY",
      description = "Removes a setting (repeatable).")
  List<String> removeOptions = List.of();

  @Override
  public Integer call() {
    VigieCli cli = parent.cli;
    Messages text = cli.messages();
    try (Archive archive = cli.openArchive()) {
      RegisteredSource old =
          archive
              .catalog()
              .sources()
              .get(id)
              .orElseThrow(() -> new UserException(text.get("source.unknown", id)));
      Source s = old.source();
      Map<String, String> merged = new LinkedHashMap<>(s.options());
      merged.putAll(options);
      removeOptions.forEach(merged::remove);
      Source changed =
          new Source(
              s.id(),
              name != null ? name : s.name(),
              s.kind(),
              location != null ? location.strip() : s.location(),
              country != null ? country : s.country(),
              language != null ? language : s.language(),
              tags != null ? new ArrayList<>(tags) : s.tags(),
              every != null ? SourceCommand.parseEvery(every, text) : s.schedule(),
              allowPrivate != null ? allowPrivate : s.allowPrivateAddresses(),
              merged);
      if (location != null || Boolean.FALSE.equals(allowPrivate)) {
        SourceLocations.check(
            changed.kind(), changed.location(), changed.allowPrivateAddresses(), text);
      }
      try {
        archive.catalog().sources().update(changed, Clock.systemUTC().instant());
        if (labels != null || noLabels) {
          archive
              .catalog()
              .sourceLabels()
              .set(s.id(), noLabels ? List.of() : labels, Clock.systemUTC().instant());
        }
      } catch (SourceException | IllegalArgumentException e) {
        throw new UserException(text.get("source.editRefused", id, e.getMessage()), e);
      }
      cli.out.println(
          text.get(
              "source.edited",
              id,
              changed.kind().name().toLowerCase(Locale.ROOT),
              SourceCommand.every(changed.schedule(), text)));
    }
    return VigieCli.OK;
  }
}
