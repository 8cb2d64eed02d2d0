package org.vigie.archive.export;

import java.util.List;

/**
 * One CSV record as RFC 4180 writes it: fields separated by commas (or by semicolons, which French
 * spreadsheets expect, since their decimal separator is the comma), quoted when they hold the
 * separator, a quote or a line break (quotes doubled), records ended by CRLF. A field that a
 * spreadsheet would read as a formula (starting with {@code = + - @}, or a tab or carriage return
 * before one) is prefixed with an apostrophe, so opening an export never runs a document's text.
 */
public final class CsvRow {
  private CsvRow() {}

  /** The record for these fields, CRLF included; null fields are empty. */
  public static String of(List<String> fields) {
    return of(fields, ',');
  }

  /** The record for these fields separated by {@code separator} ({@code ,} or {@code ;}). */
  public static String of(List<String> fields, char separator) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(separator);
      }
      b.append(field(fields.get(i), separator));
    }
    return b.append("\r\n").toString();
  }

  /** One field, defused then quoted when needed. */
  public static String field(String value) {
    return field(value, ',');
  }

  /** One field between {@code separator}s, defused then quoted when needed. */
  public static String field(String value, char separator) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = isFormula(value) ? "'" + value : value;
    boolean quote =
        safe.indexOf(separator) >= 0
            || safe.indexOf('"') >= 0
            || safe.indexOf('\n') >= 0
            || safe.indexOf('\r') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  static boolean isFormula(String value) {
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
