package org.vigie.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Publication times as Vigie stores them: an ISO 8601 date ({@code 2015-01-30}) when only the day
 * is known, otherwise an instant in UTC ({@code 2015-01-30T09:15:00Z}).
 */
public final class PublishedTime {
  private PublishedTime() {}

  /**
   * Returns the canonical form of an ISO 8601 date or date-time.
   *
   * @throws IllegalArgumentException naming the value when it is not ISO 8601
   */
  public static String normalize(String value) {
    String v = value.strip();
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).toString();
      }
      return toInstant(v).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO 8601 date or time: '" + value + "'", e);
    }
  }

  /** Like {@link #normalize} but answers {@code null} for anything it cannot read. */
  public static String tryNormalize(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return normalize(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The instant a canonical value denotes; a bare date is its first moment in UTC. */
  public static Instant toInstant(String value) {
    if (value.length() == 10) {
      return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    try {
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(value, DateTimeFormatter.ISO_DATE_TIME).toInstant(ZoneOffset.UTC);
    }
  }

  /** The calendar day (UTC) of a canonical value. */
  public static LocalDate toDate(String value) {
    return LocalDate.ofInstant(toInstant(value), ZoneOffset.UTC);
  }
}
