package org.vigie.analysis.nlp.dates;

import java.time.DayOfWeek;
import java.util.Map;
import org.vigie.analysis.nlp.dates.DatePhrase.Direction;

/** French (and English) calendar words in folded form ({@code fevrier}, {@code aout}). */
public final class DateLexicon {
  private static final Map<String, Integer> FRENCH_MONTHS =
      Map.ofEntries(
          Map.entry("janvier", 1),
          Map.entry("janv", 1),
          Map.entry("fevrier", 2),
          Map.entry("fevr", 2),
          Map.entry("fev", 2),
          Map.entry("mars", 3),
          Map.entry("avril", 4),
          Map.entry("avr", 4),
          Map.entry("mai", 5),
          Map.entry("juin", 6),
          Map.entry("juillet", 7),
          Map.entry("juil", 7),
          Map.entry("aout", 8),
          Map.entry("septembre", 9),
          Map.entry("sept", 9),
          Map.entry("octobre", 10),
          Map.entry("oct", 10),
          Map.entry("novembre", 11),
          Map.entry("nov", 11),
          Map.entry("decembre", 12),
          Map.entry("dec", 12));

  private static final Map<String, Integer> ENGLISH_MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12));

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "lundi", DayOfWeek.MONDAY,
          "mardi", DayOfWeek.TUESDAY,
          "mercredi", DayOfWeek.WEDNESDAY,
          "jeudi", DayOfWeek.THURSDAY,
          "vendredi", DayOfWeek.FRIDAY,
          "samedi", DayOfWeek.SATURDAY,
          "dimanche", DayOfWeek.SUNDAY);

  private static final Map<String, Direction> MODIFIERS =
      Map.ofEntries(
          Map.entry("dernier", Direction.PAST),
          Map.entry("derniers", Direction.PAST),
          Map.entry("derniere", Direction.PAST),
          Map.entry("dernieres", Direction.PAST),
          Map.entry("passe", Direction.PAST),
          Map.entry("passes", Direction.PAST),
          Map.entry("passee", Direction.PAST),
          Map.entry("passees", Direction.PAST),
          Map.entry("prochain", Direction.NEXT),
          Map.entry("prochains", Direction.NEXT),
          Map.entry("prochaine", Direction.NEXT),
          Map.entry("prochaines", Direction.NEXT));

  private static final Map<String, Integer> RELATIVE_DAYS =
      Map.of("hier", -1, "aujourd'hui", 0, "demain", 1, "avant-hier", -2, "apres-demain", 2);

  private DateLexicon() {}

  /**
   * The month (1–12) a French name or abbreviation denotes, or 0. The word must be folded: lower
   * case, no accents ({@code fevrier}, {@code aout}).
   */
  public static int frenchMonth(String norm) {
    return norm == null ? 0 : FRENCH_MONTHS.getOrDefault(norm, 0);
  }

  /** The month (1–12) an English name denotes, or 0. */
  static int englishMonth(String norm) {
    return norm == null ? 0 : ENGLISH_MONTHS.getOrDefault(norm, 0);
  }

  /** Whether the word is a month name or abbreviation, French or English. */
  static boolean isMonth(String norm) {
    return frenchMonth(norm) > 0 || englishMonth(norm) > 0;
  }

  /**
   * Whether the folded word belongs to a date rather than to what a number counts: a month, a
   * weekday, {@code dernier} or {@code prochain}.
   */
  public static boolean isCalendarWord(String norm) {
    return isMonth(norm) || weekday(norm) != null || modifier(norm) != null;
  }

  static DayOfWeek weekday(String norm) {
    return norm == null ? null : WEEKDAYS.get(norm);
  }

  /** PAST for {@code dernier(s)/passé(e)(s)}, NEXT for {@code prochain(e)(s)}, else null. */
  static Direction modifier(String norm) {
    return norm == null ? null : MODIFIERS.get(norm);
  }

  /** The day offset of {@code hier}, {@code demain}…, or null. */
  static Integer relativeDay(String norm) {
    return norm == null ? null : RELATIVE_DAYS.get(norm);
  }
}
