package org.vigie.collect.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.vigie.document.PublishedTime;

/**
 * The dates platform exports write: ISO 8601 (with or without zone, a bare date), CrowdTangle's
 * {@code 2024-03-14 08:15:00 UTC}, a zone-less {@code 2024-03-14 08:15:00} (taken as UTC), X's
 * {@code Thu Mar 14 08:15:00 +0000 2024}, and Unix times in seconds or milliseconds.
 */
final class ExportDates {
  private static final DateTimeFormatter SPACED_ZONE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS] z", Locale.ENGLISH);
  private static final DateTimeFormatter SPACED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ENGLISH);

  private ExportDates() {}

  /**
   * The value as Vigie stores publication times (see {@link PublishedTime}); {@code null} when
   * blank.
   *
   * @throws BadRecordException naming the field when it is not a date
   */
  static String parse(String field, String value) throws BadRecordException {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    String iso = PublishedTime.tryNormalize(v);
    if (iso != null) {
      return iso;
    }
    if (v.matches("\\d{9,13}")) {
      long n = Long.parseLong(v);
      return (v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n)).toString();
    }
    try {
      return ZonedDateTime.parse(v, SPACED_ZONE).toInstant().toString();
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return LocalDateTime.parse(v, SPACED).toInstant(ZoneOffset.UTC).toString();
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return XArchive.createdAt(v);
    } catch (BadRecordException e) {
      throw BadRecordException.malformed(field + " is not a date: '" + value + "'");
    }
  }
}
