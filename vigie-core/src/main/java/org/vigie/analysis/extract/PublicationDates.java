package org.vigie.analysis.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.analysis.nlp.dates.DateLexicon;
import org.vigie.document.PublishedTime;

/**
 * Reads publication dates as pages write them: ISO 8601 and its common variants in metadata, RFC
 * 1123, and French datelines ({@code vendredi 30 janvier 2015}, {@code 1er mars 2020}, {@code
 * 30/01/2015}). Pure and thread-safe.
 */
final class PublicationDates {
  private static final Pattern SPACE_BEFORE_TIME =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2})");
  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern ISO_DAY_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\b.*");
  private static final String WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
  private static final String TIME =
      "(?:\\s*(?:à|,|-)?\\s*\\d{1,2}\\s*[h:]\\s*\\d{0,2}(?:\\s*min)?)?";
  private static final Pattern FRENCH_DATELINE =
      Pattern.compile(
          "(?:(?:publié|mis à jour|date)\\s*(?:le|:)?\\s*)?(?:"
              + WEEKDAY
              + ",?\\s+)?(?:le\\s+)?(\\d{1,2})(?:er)?\\s+(\\p{L}+)\\.?\\s+(\\d{4})"
              + TIME
              + "\\.?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMERIC_DATELINE =
      Pattern.compile(
          "(?:(?:publié|mis à jour)\\s*(?:le|:)?\\s*)?(?:"
              + WEEKDAY
              + ",?\\s+)?(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})"
              + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private PublicationDates() {}

  /**
   * The canonical ISO 8601 form of a date or time written in a machine format, or of a French
   * dateline; {@code null} when the value is none of these.
   */
  static String toIso(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    String iso = PublishedTime.tryNormalize(repairIso(v));
    if (iso != null) {
      return iso;
    }
    iso = rfc1123(v);
    if (iso != null) {
      return iso;
    }
    Matcher day = ISO_DAY_PREFIX.matcher(v);
    if (day.matches()) {
      return PublishedTime.tryNormalize(day.group(1));
    }
    LocalDate french = parseDateline(v);
    return french == null ? null : french.toString();
  }

  /**
   * The date a line states when the whole line is a dateline (an optional weekday, a day, a French
   * month name or number, a year, an optional time), otherwise {@code null}.
   */
  /** Lower case without accents, as the date lexicon keys its words. */
  private static String fold(String word) {
    String lower = word.toLowerCase(Locale.FRENCH);
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  static LocalDate parseDateline(String line) {
    String v = line.strip();
    Matcher m = FRENCH_DATELINE.matcher(v);
    if (m.matches()) {
      int month = DateLexicon.frenchMonth(fold(m.group(2)));
      return month == 0 ? null : date(m.group(3), month, m.group(1));
    }
    m = NUMERIC_DATELINE.matcher(v);
    if (m.matches()) {
      return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
    }
    return null;
  }

  private static LocalDate date(String year, int month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String repairIso(String v) {
    String s = SPACE_BEFORE_TIME.matcher(v).replaceFirst("$1T$2");
    s = s.replaceFirst("\\s*(UTC|GMT)$", "Z");
    return COMPACT_OFFSET.matcher(s).replaceFirst("$1:$2");
  }

  private static String rfc1123(String v) {
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
