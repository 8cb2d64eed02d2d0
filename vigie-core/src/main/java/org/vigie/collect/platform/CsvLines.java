package org.vigie.collect.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts a CSV stream into records, each the physical lines that make one RFC 4180 record: a record
 * goes on while it has an odd number of quote characters (a quoted field with line breaks). A quote
 * that never closes (a broken record) is given up after {@code maxBytes} or {@value #MAX_LINES}
 * lines or at the end of the file: that one line is returned alone, marked broken, and reading
 * starts again on the next line, so the rows after a broken quote are not lost. A multi-line record
 * that its reader cannot parse is given up the same way ({@link #retryAfterFirstLine}). Not
 * thread-safe.
 */
final class CsvLines {
  static final int MAX_LINES = 10_000;

  /** One record's text, the line it starts on, and whether its quotes are broken. */
  record CsvRecordText(String text, long line, boolean brokenQuote, List<Line> lines) {
    /** Whether it spans several physical lines. */
    boolean multiline() {
      return lines.size() > 1;
    }
  }

  record Line(String text, long number) {}

  private final BufferedReader reader;
  private final int maxBytes;
  private final Deque<Line> pushedBack = new ArrayDeque<>();
  private long lineNumber;

  CsvLines(BufferedReader reader, int maxBytes) {
    this.reader = reader;
    this.maxBytes = maxBytes;
  }

  /** The next record, or {@code null} at the end. */
  CsvRecordText next() throws IOException {
    Line first = line();
    if (first == null) {
      return null;
    }
    List<Line> lines = new ArrayList<>();
    lines.add(first);
    int quotes = quotes(first.text());
    long size = first.text().length();
    while (quotes % 2 != 0) {
      Line more = size > maxBytes || lines.size() >= MAX_LINES ? null : line();
      if (more == null) {
        for (int i = lines.size() - 1; i >= 1; i--) {
          pushedBack.push(lines.get(i));
        }
        return new CsvRecordText(first.text(), first.number(), true, List.of(first));
      }
      lines.add(more);
      quotes += quotes(more.text());
      size += more.text().length() + 1;
    }
    StringBuilder text = new StringBuilder(first.text());
    for (int i = 1; i < lines.size(); i++) {
      text.append('\n').append(lines.get(i).text());
    }
    return new CsvRecordText(text.toString(), first.number(), false, lines);
  }

  /**
   * Gives up a multi-line record that did not parse: its first line is taken as the one with a
   * broken quote, and reading starts again on its second line.
   */
  void retryAfterFirstLine(CsvRecordText record) {
    List<Line> lines = record.lines();
    for (int i = lines.size() - 1; i >= 1; i--) {
      pushedBack.push(lines.get(i));
    }
  }

  private Line line() throws IOException {
    if (!pushedBack.isEmpty()) {
      return pushedBack.pop();
    }
    String text = reader.readLine();
    return text == null ? null : new Line(text, ++lineNumber);
  }

  private static int quotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }
}
