package org.vigie.analysis.nlp.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * What a date expression says, before it is placed on the calendar: the grammar ({@link
 * DateGrammar}) builds one, {@link #resolve} places it relative to a reference day (the publication
 * date). Values; all resolution rules are here and testable without text.
 */
sealed interface DatePhrase {

  /**
   * The days the expression covers, seen from {@code reference}.
   *
   * @param reference the day the text was written, or {@code null} when unknown
   * @return the days, or {@code null} when they depend on an unknown reference
   */
  Days resolve(LocalDate reference);

  /** Which occurrence a year-less expression means: the nearest, the last past or the next. */
  enum Direction {
    NEAREST,
    PAST,
    NEXT
  }

  /** A closed span of days; {@code to} is {@code null} for an open one ("à partir de 2013"). */
  record Days(LocalDate from, LocalDate to) {
    static Days of(LocalDate day) {
      return new Days(day, day);
    }

    static Days month(YearMonth m) {
      return new Days(m.atDay(1), m.atEndOfMonth());
    }
  }

  /**
   * A day of a month: {@code 14 février 2013}, {@code 29 mars prochain}, {@code vendredi 30
   * janvier}. Without a year it needs the reference; a weekday then picks, among the nearest
   * candidate years, one where the day falls on that weekday.
   *
   * @param year the year, or 0 when not written
   * @param weekday the weekday written before it, or {@code null}
   */
  record DayDate(int day, int month, int year, DayOfWeek weekday, Direction direction)
      implements DatePhrase {
    @Override
    public Days resolve(LocalDate reference) {
      LocalDate d = day(reference);
      return d == null ? null : Days.of(d);
    }

    LocalDate day(LocalDate reference) {
      if (year > 0) {
        return LocalDate.of(year, month, day);
      }
      if (reference == null) {
        return null;
      }
      return switch (direction) {
        case PAST -> past(reference);
        case NEXT -> next(reference);
        case NEAREST -> nearest(reference);
      };
    }

    private LocalDate past(LocalDate ref) {
      for (int y = ref.getYear(); y > ref.getYear() - 8; y--) {
        LocalDate d = inYear(y);
        if (d != null && d.isBefore(ref)) {
          return d;
        }
      }
      return null;
    }

    private LocalDate next(LocalDate ref) {
      for (int y = ref.getYear(); y < ref.getYear() + 8; y++) {
        LocalDate d = inYear(y);
        if (d != null && d.isAfter(ref)) {
          return d;
        }
      }
      return null;
    }

    /** The candidate closest to the reference, preferring one on the written weekday. */
    private LocalDate nearest(LocalDate ref) {
      LocalDate best = null;
      for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
        LocalDate d = inYear(y);
        if (d != null && better(d, best, ref)) {
          best = d;
        }
      }
      return best;
    }

    private boolean better(LocalDate d, LocalDate best, LocalDate ref) {
      if (best == null) {
        return true;
      }
      boolean dOnDay = weekday == null || d.getDayOfWeek() == weekday;
      boolean bestOnDay = weekday == null || best.getDayOfWeek() == weekday;
      if (dOnDay != bestOnDay) {
        return dOnDay;
      }
      return distance(d, ref) < distance(best, ref);
    }

    LocalDate inYear(int y) {
      return day <= YearMonth.of(y, month).lengthOfMonth() ? LocalDate.of(y, month, day) : null;
    }
  }

  /**
   * Several days: {@code du 6 au 8 mars 2019}, {@code les 6 et 7 décembre derniers}. A list of days
   * covers the span from its first to its last day. The first day is placed (with the month, year
   * and direction written at the end when it has none); the last day follows it.
   */
  record DayRange(DayDate first, DayDate last) implements DatePhrase {
    @Override
    public Days resolve(LocalDate reference) {
      LocalDate from = first.day(reference);
      if (from == null) {
        return null;
      }
      int y = last.year() > 0 ? last.year() : from.getYear();
      LocalDate to = last.inYear(y);
      if (last.year() == 0 && to != null && to.isBefore(from)) {
        to = last.inYear(y + 1);
      }
      return to == null || to.isBefore(from) ? null : new Days(from, to);
    }
  }

  /**
   * A whole month: {@code janvier 2013}, {@code au mois de Fevrier 2013}, {@code décembre dernier},
   * {@code en mars} (the nearest March).
   *
   * @param year the year, or 0 when not written
   */
  record MonthDate(int month, int year, Direction direction) implements DatePhrase {
    @Override
    public Days resolve(LocalDate reference) {
      if (year > 0) {
        return Days.month(YearMonth.of(year, month));
      }
      if (reference == null) {
        return null;
      }
      int y = reference.getYear();
      int current = reference.getMonthValue();
      int chosen =
          switch (direction) {
            case PAST -> month < current ? y : y - 1;
            case NEXT -> month > current ? y : y + 1;
            case NEAREST -> month - current > 6 ? y - 1 : current - month > 6 ? y + 1 : y;
          };
      return Days.month(YearMonth.of(chosen, month));
    }
  }

  /** One year or a span of years: {@code en 2012}, {@code entre 2011 et 2013}. */
  record YearSpan(int first, int last) implements DatePhrase {
    @Override
    public Days resolve(LocalDate reference) {
      return new Days(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }
  }

  /** A day counted from the reference: {@code hier} is -1, {@code demain} +1. */
  record RelativeDay(int offset) implements DatePhrase {
    @Override
    public Days resolve(LocalDate reference) {
      return reference == null ? null : Days.of(reference.plusDays(offset));
    }
  }

  /**
   * A weekday seen from the reference: {@code lundi dernier} (the last Monday before it), {@code
   * lundi prochain} (the next after it), {@code ce lundi} (the Monday of its week).
   */
  record RelativeWeekday(DayOfWeek weekday, Direction direction) implements DatePhrase {
    @Override
    public Days resolve(LocalDate reference) {
      if (reference == null) {
        return null;
      }
      return Days.of(
          switch (direction) {
            case PAST -> reference.with(TemporalAdjusters.previous(weekday));
            case NEXT -> reference.with(TemporalAdjusters.next(weekday));
            case NEAREST -> reference.with(DayOfWeek.MONDAY).plusDays(weekday.getValue() - 1L);
          });
    }
  }

  /**
   * A calendar week (Monday to Sunday), month or year counted from the reference's: {@code la
   * semaine dernière} is offset -1 in weeks, {@code cette année} offset 0 in years.
   */
  record RelativePeriod(ChronoUnit unit, int offset) implements DatePhrase {
    @Override
    public Days resolve(LocalDate reference) {
      if (reference == null) {
        return null;
      }
      return switch (unit) {
        case WEEKS -> week(reference.plusWeeks(offset).with(DayOfWeek.MONDAY));
        case MONTHS -> Days.month(YearMonth.from(reference).plusMonths(offset));
        default -> year(reference.getYear() + offset);
      };
    }

    private static Days week(LocalDate monday) {
      return new Days(monday, monday.plusDays(6));
    }

    private static Days year(int y) {
      return new Days(LocalDate.of(y, Month.JANUARY, 1), LocalDate.of(y, Month.DECEMBER, 31));
    }
  }

  /**
   * A starting point with no end: {@code à partir de janvier 2013}, {@code depuis 2012}, {@code dès
   * le 6 mars}. Resolves to the first day of what follows it, with no last day.
   */
  record OpenFrom(DatePhrase start) implements DatePhrase {
    @Override
    public Days resolve(LocalDate reference) {
      Days d = start.resolve(reference);
      return d == null ? null : new Days(d.from(), null);
    }
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }
}
