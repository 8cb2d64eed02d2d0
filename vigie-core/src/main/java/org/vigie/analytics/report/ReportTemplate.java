package org.vigie.analytics.report;

import java.util.Locale;

/** The kinds of situation report: which period they cover by default. */
public enum ReportTemplate {
  WEEKLY,
  MONTHLY;

  /** {@code weekly}, {@code hebdomadaire}, {@code monthly}, {@code mensuel}… */
  public static ReportTemplate parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "weekly", "week", "hebdomadaire", "semaine", "hebdo" -> WEEKLY;
      case "monthly", "month", "mensuel", "mensuelle", "mois" -> MONTHLY;
      default ->
          throw new IllegalArgumentException(
              "unknown report template '" + text + "': weekly or monthly");
    };
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The period this template reports on when run on {@code day}: the previous week or month. */
  public Period periodBefore(java.time.LocalDate day) {
    return this == WEEKLY ? Period.weekBefore(day) : Period.monthBefore(day);
  }
}
