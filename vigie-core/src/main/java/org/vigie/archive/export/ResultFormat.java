package org.vigie.archive.export;

import java.util.Locale;

/** The forms a result set is exported in. */
public enum ResultFormat {
  /** RFC 4180, UTF-8 with a byte-order mark (so Excel reads the accents), one row per document. */
  CSV("text/csv; charset=utf-8", "csv"),
  /** One {@link org.vigie.document.DocumentJson} object per line. */
  JSONL("application/x-ndjson; charset=utf-8", "jsonl");

  private final String contentType;
  private final String extension;

  ResultFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /**
   * The format named by {@code value} ({@code csv} or {@code jsonl}, any case).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public static ResultFormat parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown export format '" + value + "': expected csv or jsonl");
    }
  }
}
