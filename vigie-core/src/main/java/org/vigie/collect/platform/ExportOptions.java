package org.vigie.collect.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.vigie.document.Account;

/**
 * How to read an export: its format, the field mapping of a generic CSV or JSON Lines ({@code
 * field=column} pairs), the platform its posts come from, and the account that wrote them when the
 * export does not say (an X archive without its {@code account.js}).
 *
 * @param format the export's format
 * @param mapping {@code field=column} pairs ({@link FieldMapping}); required for {@code csv} and
 *     {@code jsonl}, and for {@code crowdtangle} they replace the CrowdTangle columns they name
 * @param platform the posts' platform ({@code facebook}, {@code mastodon}…), or {@code null} to let
 *     the format decide
 * @param account the author when the export does not name one, or {@code null}
 * @param kind what each record of a {@code csv} or {@code jsonl} file becomes (posts by default)
 */
public record ExportOptions(
    PlatformFormat format,
    List<String> mapping,
    String platform,
    Account account,
    RecordKind kind) {

  public ExportOptions {
    mapping = mapping == null ? List.of() : List.copyOf(mapping);
    platform = platform == null || platform.isBlank() ? null : platform.toLowerCase(Locale.ROOT);
    kind = kind == null ? RecordKind.POST : kind;
    if (kind == RecordKind.ARTICLE
        && format != PlatformFormat.CSV
        && format != PlatformFormat.JSONL) {
      throw new IllegalArgumentException(
          "only csv and jsonl records can be read as articles, not " + format.id() + " exports");
    }
  }

  /** Options whose records are posts. */
  public ExportOptions(
      PlatformFormat format, List<String> mapping, String platform, Account account) {
    this(format, mapping, platform, account, RecordKind.POST);
  }

  /**
   * The reader these options describe.
   *
   * @throws IllegalArgumentException for a bad mapping, or a generic format without one
   */
  public ExportReader reader() {
    return switch (format) {
      case TELEGRAM -> new TelegramExport();
      case X -> new XArchive(account);
      case CROWDTANGLE -> new CsvExport(crowdTangleMapping(), platform);
      case CSV -> new CsvExport(FieldMapping.parse(mapping), platform, kind);
      case JSONL -> new JsonlExport(FieldMapping.parse(mapping), platform, kind);
    };
  }

  /** CrowdTangle's columns, with the fields the user mapped replaced by their columns. */
  private FieldMapping crowdTangleMapping() {
    if (mapping.isEmpty()) {
      return FieldMapping.crowdTangle();
    }
    var fields = new LinkedHashMap<>(FieldMapping.crowdTangle().fields());
    List<String> pairs = new ArrayList<>(mapping);
    if (mapping.stream().noneMatch(p -> p.startsWith("text="))) {
      pairs.add("text=" + FieldMapping.crowdTangle().field("text").columns().getFirst());
    }
    fields.putAll(FieldMapping.parse(pairs).fields());
    return new FieldMapping(fields);
  }
}
