package org.vigie.analytics.coordination;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a share log from a CSV file with a header, naming the columns to use. Several object
 * columns (for instance {@code url_id,hashtag_id,phash_id}) make a multimodal log: each column
 * gives its own shares, objects are prefixed by the column name so ids of different columns never
 * meet, and the kind is guessed from the name ({@link ObjectKind#guess}). A malformed row (a
 * missing column, an empty account or content, a time that does not parse) is reported with its
 * line number and skipped.
 */
public final class ShareLogCsv {
  /** How the time column is written: Unix seconds, or ISO-8601 (UTC when no offset is given). */
  public enum TimeFormat {
    UNIX,
    ISO
  }

  /** The columns to read; {@code objects} has one column or several (multimodal). */
  public record Columns(
      String account, List<String> objects, String content, String time, String platform) {}

  /** A skipped row: its line in the file and what is wrong. */
  public record Problem(long line, String message) {}

  /** The log read, and the rows that were skipped as malformed. */
  public record Read(ShareLog log, long rows, long malformed) {}

  private ShareLogCsv() {}

  /**
   * Reads {@code file}; {@code problems} hears each malformed row, {@code progress} the bytes read
   * so far (about every 64 KiB of input).
   *
   * @throws IllegalArgumentException when a named column is not in the header
   */
  public static Read read(
      Path file,
      Columns columns,
      TimeFormat format,
      java.util.function.Consumer<Problem> problems,
      LongConsumer progress)
      throws IOException {
    ShareLog log = new ShareLog();
    long rows = 0;
    long malformed = 0;
    try (CountingReader in =
            new CountingReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      List<String> header = parser.getHeaderNames();
      check(header, columns.account(), columns.content(), columns.time());
      columns.objects().forEach(c -> check(header, c));
      if (columns.platform() != null) {
        check(header, columns.platform());
      }
      boolean multimodal = columns.objects().size() > 1;
      List<ObjectKind> kinds = new ArrayList<>();
      columns.objects().forEach(c -> kinds.add(ObjectKind.guess(c)));
      long reported = 0;
      for (CSVRecord r : parser) {
        rows++;
        long line = r.getRecordNumber() + 1;
        try {
          addRow(log, r, columns, format, multimodal, kinds);
        } catch (IllegalArgumentException | DateTimeParseException e) {
          malformed++;
          problems.accept(new Problem(line, e.getMessage()));
        }
        if (in.count - reported > 65_536) {
          reported = in.count;
          progress.accept(reported);
        }
      }
      progress.accept(in.count);
    }
    return new Read(log, rows, malformed);
  }

  private static void addRow(
      ShareLog log,
      CSVRecord r,
      Columns columns,
      TimeFormat format,
      boolean multimodal,
      List<ObjectKind> kinds) {
    String account = field(r, columns.account(), true);
    String content = field(r, columns.content(), true);
    long time = time(field(r, columns.time(), true), format);
    String platform = columns.platform() == null ? "" : field(r, columns.platform(), false);
    for (int k = 0; k < columns.objects().size(); k++) {
      String column = columns.objects().get(k);
      String object = field(r, column, false);
      if (multimodal && !object.isEmpty() && !object.equals("NA")) {
        object = column + ":" + object;
      }
      log.add(new Share(account, object, content, time, platform, kinds.get(k)));
    }
  }

  private static String field(CSVRecord r, String column, boolean required) {
    if (!r.isSet(column)) {
      throw new IllegalArgumentException(
          "the row has " + r.size() + " fields, no value for column '" + column + "'");
    }
    String v = r.get(column).strip();
    if (required && (v.isEmpty() || v.equals("NA"))) {
      throw new IllegalArgumentException("empty " + column);
    }
    return v;
  }

  /** Seconds from a Unix time (decimals dropped) or an ISO-8601 date-time. */
  static long time(String text, TimeFormat format) {
    if (format == TimeFormat.UNIX) {
      try {
        return text.contains(".") || text.contains("e") || text.contains("E")
            ? (long) Math.floor(Double.parseDouble(text))
            : Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a Unix time in seconds: '" + text + "'");
      }
    }
    try {
      return OffsetDateTime.parse(text).toEpochSecond();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text).getEpochSecond();
      } catch (DateTimeParseException e2) {
        try {
          return LocalDateTime.parse(text.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e3) {
          throw new IllegalArgumentException("not an ISO-8601 date-time: '" + text + "'");
        }
      }
    }
  }

  private static void check(List<String> header, String... names) {
    for (String n : names) {
      if (!header.contains(n)) {
        throw new IllegalArgumentException(
            "no column '" + n + "' in the header; columns: " + String.join(", ", header));
      }
    }
  }

  /** Counts the characters read (about the bytes, for progress). */
  private static final class CountingReader extends java.io.FilterReader {
    long count;

    CountingReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count++;
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
