package org.vigie.analytics.report.render;

import java.util.Locale;

/** The forms a report is written in. */
public enum ReportFormat {
  PDF("pdf", "application/pdf"),
  HTML("html", "text/html; charset=UTF-8"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  CSV("csv", "text/csv; charset=UTF-8"),
  JSONL("jsonl", "application/x-ndjson");

  private final String extension;
  private final String mediaType;

  ReportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** {@code pdf}, {@code html}, {@code docx} (or {@code word}), {@code csv}, {@code jsonl}. */
  public static ReportFormat parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.extension.equals(t)) {
        return f;
      }
    }
    if (t.equals("word") || t.equals("htm")) {
      return t.equals("word") ? DOCX : HTML;
    }
    throw new IllegalArgumentException(
        "unknown report format '" + text + "': pdf, html, docx, csv or jsonl");
  }
}
