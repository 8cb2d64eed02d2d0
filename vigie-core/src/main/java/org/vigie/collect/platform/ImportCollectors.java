package org.vigie.collect.platform;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.collect.Collector;
import org.vigie.collect.FileCollector;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.Account;

/**
 * The collector of an {@link SourceKind#IMPORT} source: its {@code location} is a file or folder;
 * its options say how to read it.
 *
 * <ul>
 *   <li>{@code format}: {@code telegram}, {@code x}, {@code crowdtangle}, {@code csv} or {@code
 *       jsonl} ({@link PlatformFormat}); absent, the files are read as {@code vigie ingest} reads
 *       them (HTML, text, JSON Lines, WARC), each format found by its file name;
 *   <li>{@code map.FIELD}: the column or key of a field ({@code map.text=message}, {@code
 *       map.account.handle=screen_name}; see {@link FieldMapping});
 *   <li>{@code platform}: the posts' platform;
 *   <li>{@code account.id}, {@code account.handle}, {@code account.name}, {@code
 *       account.followers}: the author when the export does not say.
 * </ul>
 */
public final class ImportCollectors {
  private static final String MAP = "map.";

  private ImportCollectors() {}

  /**
   * The collector for one run of an import source; the documents get the source's id.
   *
   * @throws IllegalArgumentException when the source is not an import, or its options are wrong (an
   *     unknown format or field, a generic format without {@code map.text})
   */
  public static Collector forImport(Source source) {
    return forImport(source, Clock.systemUTC());
  }

  public static Collector forImport(Source source, Clock clock) {
    if (source.kind() != SourceKind.IMPORT) {
      throw new IllegalArgumentException(
          "source '" + source.id() + "' is a " + source.kind() + " source, not an import");
    }
    List<Path> inputs = List.of(Path.of(source.location()));
    String format = source.option("format", null);
    if (format == null || format.isBlank()) {
      FileCollector files = new FileCollector(source.id(), clock);
      return (sink, progress) -> files.collect(inputs, sink, progress);
    }
    ExportOptions options = options(PlatformFormat.of(format), source.options());
    return new ExportCollector(options.format(), options.reader(), inputs, source.id(), clock);
  }

  /** The export options a source's options describe. */
  static ExportOptions options(PlatformFormat format, Map<String, String> options) {
    List<String> mapping = new ArrayList<>();
    options.entrySet().stream()
        .filter(e -> e.getKey().startsWith(MAP))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> mapping.add(e.getKey().substring(MAP.length()) + "=" + e.getValue()));
    return new ExportOptions(format, mapping, options.get("platform"), account(format, options));
  }

  private static Account account(PlatformFormat format, Map<String, String> options) {
    String id = options.get("account.id");
    String handle = options.get("account.handle");
    String name = options.get("account.name");
    String followers = options.get("account.followers");
    if (id == null && handle == null && name == null) {
      return null;
    }
    String platform = options.getOrDefault("platform", format.id());
    Long audience;
    try {
      audience = followers == null ? null : Long.parseLong(followers.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "option account.followers must be a number, got '" + followers + "'");
    }
    return new Account(platform, id, handle, name, audience);
  }
}
