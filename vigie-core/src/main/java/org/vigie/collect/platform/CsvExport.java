package org.vigie.collect.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vigie.collect.DocumentSink;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * A CSV export read row by row: CrowdTangle's and the Meta Content Library's (with {@link
 * FieldMapping#crowdTangle()}) or any other (with a mapping given by the user).
 *
 * <p>RFC 4180 (quoted fields with commas, doubled quotes and line breaks), UTF-8 with or without a
 * byte order mark; the first row names the columns, and its commas, semicolons or tabs decide the
 * delimiter. {@link CsvLines} cuts the records, Apache Commons CSV parses each one. A row with a
 * broken quote or another number of columns than the header, a bad date or count, or no text, is
 * reported with its line and skipped; the next row is read.
 */
public final class CsvExport implements ExportReader {
  private final FieldMapping mapping;
  private final String platform;
  private final RecordKind kind;

  /**
   * @param platform the posts' platform, or {@code null} to guess it from the columns ({@code
   *     facebook} when there is a {@code Facebook Id} or {@code Page Name}, {@code instagram} when
   *     there is a {@code Photo}, else {@code csv})
   */
  public CsvExport(FieldMapping mapping, String platform) {
    this(mapping, platform, RecordKind.POST);
  }

  /** Like {@link #CsvExport(FieldMapping, String)}, each row read as {@code kind}. */
  public CsvExport(FieldMapping mapping, String platform, RecordKind kind) {
    this.mapping = mapping;
    this.platform = platform;
    this.kind = kind;
  }

  @Override
  public void read(ExportFile file, DocumentSink sink) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(file.openStream(), StandardCharsets.UTF_8), 64 * 1024)) {
      CsvLines lines = new CsvLines(reader, file.maxRecordBytes());
      CsvLines.CsvRecordText header = lines.next();
      if (header == null) {
        return;
      }
      String first =
          header.text().startsWith("\uFEFF") ? header.text().substring(1) : header.text();
      CSVFormat format = format(delimiter(first));
      List<String> columns;
      try {
        columns = parse(first, format).getFirst();
      } catch (BadRecordException e) {
        String message = "the header row cannot be read, " + e.getMessage();
        sink.reject(IngestError.skipped(file.atLine(1), ErrorCause.MALFORMED_RECORD, message));
        return;
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        index.putIfAbsent(columns.get(i).strip(), i);
      }
      String onPlatform = platform != null ? platform : guessPlatform(index);
      for (CsvLines.CsvRecordText row = lines.next(); row != null; row = lines.next()) {
        row(file, sink, format, index, columns.size(), onPlatform, row, lines);
      }
    }
  }

  private void row(
      ExportFile file,
      DocumentSink sink,
      CSVFormat format,
      Map<String, Integer> index,
      int width,
      String onPlatform,
      CsvLines.CsvRecordText row,
      CsvLines lines) {
    if (row.text().isBlank()) {
      return;
    }
    String origin = file.atLine(row.line());
    try {
      if (row.brokenQuote()) {
        throw brokenQuote();
      }
      List<String> values = values(row, format, width, lines);
      RawDocument post =
          MappedPosts.toRecord(
              kind,
              file,
              origin,
              mapping,
              onPlatform,
              column -> {
                Integer i = index.get(column);
                return i == null ? null : values.get(i);
              });
      sink.accept(post);
    } catch (BadRecordException e) {
      sink.reject(IngestError.skipped(origin, e.errorCause(), e.getMessage()));
    }
  }

  /**
   * The row's values; a multi-line row that does not parse or has the wrong width is taken as a
   * broken quote on its first line, and the lines after it are read again.
   */
  private static List<String> values(
      CsvLines.CsvRecordText row, CSVFormat format, int width, CsvLines lines)
      throws BadRecordException {
    try {
      List<List<String>> records = parse(row.text(), format);
      List<String> values = records.getFirst();
      if (records.size() != 1 || values.size() != width) {
        throw BadRecordException.malformed(
            "the row has " + values.size() + " columns, the header " + width);
      }
      return values;
    } catch (BadRecordException e) {
      if (row.multiline()) {
        lines.retryAfterFirstLine(row);
        throw brokenQuote();
      }
      throw e;
    }
  }

  private static BadRecordException brokenQuote() {
    return BadRecordException.malformed("a quoted field opens on this line and never closes");
  }

  private static List<List<String>> parse(String text, CSVFormat format) throws BadRecordException {
    try (CSVParser parser = CSVParser.parse(text, format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty()) {
        throw BadRecordException.malformed("an empty row");
      }
      return records.stream().map(CSVRecord::toList).toList();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw BadRecordException.malformed("not valid CSV: " + message);
    }
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
  }

  /** The header's most frequent separator outside quotes: comma, semicolon or tab. */
  static char delimiter(String header) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static String guessPlatform(Map<String, Integer> columns) {
    if (columns.containsKey("Facebook Id") || columns.containsKey("Page Name")) {
      return "facebook";
    }
    if (columns.containsKey("Photo") || columns.containsKey("Instagram Id")) {
      return "instagram";
    }
    return "csv";
  }
}
