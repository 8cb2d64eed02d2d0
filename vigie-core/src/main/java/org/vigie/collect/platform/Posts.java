package org.vigie.collect.platform;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.vigie.document.Engagement;
import org.vigie.document.ErrorCause;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;

/** Helpers the readers share: the raw document of a post, numbers and dates of exports. */
final class Posts {
  private Posts() {}

  /**
   * The raw document of one post.
   *
   * @throws BadRecordException when the post has no text or more than the record limit
   */
  static RawDocument document(
      ExportFile file, String origin, String text, String url, String title, PostMetadata post)
      throws BadRecordException {
    if (text == null || text.isBlank()) {
      throw new BadRecordException(ErrorCause.NO_TEXT, "the post has no text");
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > file.maxRecordBytes()) {
      throw new BadRecordException(
          ErrorCause.TOO_LARGE,
          "text of " + bytes.length + " bytes, over the limit of " + file.maxRecordBytes());
    }
    Map<String, String> hints = new HashMap<>();
    if (title != null && !title.isBlank()) {
      hints.put(RawDocument.Hint.TITLE, title.strip());
    }
    return new RawDocument(
        origin,
        file.sourceId(),
        blankToNull(url),
        file.fetchedAt(),
        RawDocument.TEXT,
        "UTF-8",
        bytes,
        hints,
        post);
  }

  /** Engagement, or {@code null} when every count is unknown. */
  static Engagement engagement(Long views, Long shares, Long reactions, Long replies) {
    return views == null && shares == null && reactions == null && replies == null
        ? null
        : new Engagement(views, shares, reactions, replies);
  }

  /**
   * A count as exports write it: {@code 1234}, {@code "1234"}, {@code "1,234"}, {@code "1 234"};
   * {@code null} when blank.
   *
   * @throws BadRecordException naming the field when it is not a number
   */
  static Long count(String field, String value) throws BadRecordException {
    if (value == null || value.isBlank()) {
      return null;
    }
    String digits = value.strip().replace(",", "").replace(" ", "").replace("\u00A0", "");
    try {
      long n = Long.parseLong(digits);
      if (n < 0) {
        throw BadRecordException.malformed(field + " is negative: '" + value + "'");
      }
      return n;
    } catch (NumberFormatException e) {
      throw BadRecordException.malformed(field + " is not a number: '" + value + "'");
    }
  }

  /** Epoch seconds as an ISO instant. */
  static String fromEpochSeconds(String field, String seconds) throws BadRecordException {
    try {
      return Instant.ofEpochSecond(Long.parseLong(seconds.strip())).toString();
    } catch (NumberFormatException | DateTimeException e) {
      throw BadRecordException.malformed(field + " is not a Unix time: '" + seconds + "'");
    }
  }

  /** A local date-time without zone ({@code 2023-01-21T10:00:00}), taken as UTC. */
  static String fromLocalDateTime(String field, String value) throws BadRecordException {
    try {
      return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC).toString();
    } catch (DateTimeParseException e) {
      throw BadRecordException.malformed(field + " is not a date: '" + value + "'");
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
