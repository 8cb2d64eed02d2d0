package org.vigie.analysis.nlp.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.vigie.analysis.nlp.dates.DatePhrase.DayDate;
import org.vigie.analysis.nlp.dates.DatePhrase.DayRange;
import org.vigie.analysis.nlp.dates.DatePhrase.Direction;
import org.vigie.analysis.nlp.dates.DatePhrase.MonthDate;
import org.vigie.analysis.nlp.dates.DatePhrase.OpenFrom;
import org.vigie.analysis.nlp.dates.DatePhrase.YearSpan;
import org.vigie.analysis.nlp.lexemes.FunctionWords;
import org.vigie.analysis.nlp.lexemes.Lexeme;
import org.vigie.analysis.nlp.lexemes.Lexemes;

/**
 * The date expressions {@link DateExtractor} knows, matched on tokens starting at one position.
 * Every rule looks a bounded number of tokens ahead (a list of days at most as long as the list),
 * so a whole text is matched in linear time. One instance per text; not thread-safe.
 *
 * <p>Forms: {@code [le|les|ce] [weekday[,]] day [(,|et) [le] day]… month [year] [dernier|prochain]}
 * and its ranges {@code du D [month [year]] au D month [year]}; {@code 30/01/2015}, {@code
 * 2015-01-30}; {@code [au mois de|en|de|fin|début|courant] month [year|dernier|prochain]} (a month
 * alone only after such a word); a year 1900–2100 only after a date word ({@code en 2012}, {@code
 * de 2011}, {@code depuis 2012}, {@code fin 2012}) and not followed by a counted noun ({@code de
 * 2000 personnes} is a figure); {@code hier}, {@code aujourd'hui}, {@code demain}, {@code ce
 * matin}, {@code lundi dernier}, {@code ce jeudi}, {@code la semaine dernière}, {@code le mois
 * prochain}, {@code cette année}; any of these after {@code à partir de}, {@code depuis} or {@code
 * dès} is open-ended. English {@code January 30, 2015} and {@code 30 January 2015} (year required).
 */
final class DateGrammar {

  /** Lexemes {@code [first, end)} express {@code phrase}. */
  record Match(int first, int end, DatePhrase phrase) {}

  /**
   * The longest list of days read ({@code les 6, 7 et 8 mars}); the bound keeps matching linear on
   * long runs of small numbers.
   */
  private static final int MAX_LISTED_DAYS = 8;

  private final Lexemes tokens;
  private final DateNumbers numbers;
  private final RelativeDates relatives;

  DateGrammar(Lexemes tokens) {
    this.tokens = tokens;
    this.numbers = new DateNumbers(tokens);
    this.relatives = new RelativeDates(tokens);
  }

  /** The longest date expression starting at token {@code i}, or {@code null}. */
  Match at(int i) {
    Match m = openFrom(i);
    return m != null ? m : closed(i, false);
  }

  private Match closed(int i, boolean afterDateWord) {
    Match m = days(i);
    if (m == null) {
      m = numeric(i);
    }
    if (m == null) {
      m = englishDay(i);
    }
    if (m == null) {
      m = monthPhrase(i, afterDateWord);
    }
    if (m == null) {
      m = yearPhrase(i, afterDateWord);
    }
    return m != null ? m : relatives.at(i);
  }

  // ---- open-ended: à partir de, depuis, dès

  private Match openFrom(int i) {
    int j = openPrefixEnd(i);
    if (j == i) {
      return null;
    }
    Match inner = closed(j, true);
    return inner == null ? null : new Match(i, inner.end(), new OpenFrom(inner.phrase()));
  }

  private int openPrefixEnd(int i) {
    if (tokens.isWord(i, "a") && tokens.isWord(i + 1, "partir")) {
      if (tokens.isWord(i + 2, "de") || tokens.isWord(i + 2, "du")) {
        return i + 3;
      }
      return tokens.isWord(i + 2, "d") && tokens.isApostrophe(i + 3) ? i + 4 : i;
    }
    if (tokens.isWord(i, "depuis")
        || (tokens.isWord(i, "des") && tokens.get(i).text().equalsIgnoreCase("dès"))) {
      return i + 1;
    }
    return i;
  }

  // ---- days of a month

  private Match days(int i) {
    int j = i;
    String det = tokens.norm(j);
    boolean range = "du".equals(det) || "entre".equals(det);
    if (range || "le".equals(det) || "les".equals(det) || "ce".equals(det)) {
      j++;
    }
    if ("entre".equals(det) && tokens.isWord(j, "le")) {
      j++;
    }
    DayOfWeek weekday = DateLexicon.weekday(tokens.norm(j));
    if (weekday != null) {
      j = tokens.isSymbol(j + 1, ',') ? j + 2 : j + 1;
    }
    DateNumbers.Num first = numbers.day(j);
    return first == null ? null : daysFrom(i, first, weekday, range);
  }

  private Match daysFrom(int i, DateNumbers.Num first, DayOfWeek weekday, boolean range) {
    DateNumbers.Num last = first;
    DateNumbers.Num next = listedDay(last.end());
    for (int n = 1; next != null && n < MAX_LISTED_DAYS; n++) {
      last = next;
      next = listedDay(last.end());
    }
    DateNumbers.Num month = numbers.frenchMonth(last.end());
    if (month == null) {
      return last == first ? rangeWithoutFirstMonth(i, first, weekday) : null;
    }
    DateNumbers.Num year = numbers.year(month.end(), 1000, 2999);
    int end = year == null ? month.end() : year.end();
    Match r = rangeEnd(i, end, first, month.value(), year, weekday);
    if (r != null) {
      return r;
    }
    if (range && last == first) {
      return null;
    }
    return dayMatch(i, end, first, last, month.value(), year, weekday);
  }

  private Match dayMatch(
      int i,
      int end,
      DateNumbers.Num first,
      DateNumbers.Num last,
      int month,
      DateNumbers.Num year,
      DayOfWeek weekday) {
    int y = year == null ? 0 : year.value();
    Direction dir = year == null ? DateLexicon.modifier(tokens.norm(end)) : null;
    int stop = dir == null ? end : end + 1;
    dir = dir == null ? Direction.NEAREST : dir;
    DayDate from = dayDate(first.value(), month, y, weekday, dir);
    DayDate to = dayDate(last.value(), month, y, null, dir);
    if (from == null || to == null || to.day() < from.day()) {
      return null;
    }
    DatePhrase phrase = first == last ? from : new DayRange(from, to);
    return new Match(i, stop, phrase);
  }

  /** {@code du 6 au 8 mars}: the first day has no month of its own. */
  private Match rangeWithoutFirstMonth(int i, DateNumbers.Num first, DayOfWeek weekday) {
    return rangeEnd(i, first.end(), first, 0, null, weekday);
  }

  /** The second half of {@code du D [month [year]] au D month [year]}, or {@code null}. */
  private Match rangeEnd(
      int i, int j, DateNumbers.Num first, int month1, DateNumbers.Num year1, DayOfWeek weekday) {
    if (!(tokens.isWord(j, "au") || tokens.isWord(j, "a") || tokens.isSymbol(j, '-'))) {
      return null;
    }
    int k = tokens.isWord(j + 1, "le") ? j + 2 : j + 1;
    DateNumbers.Num lastDay = numbers.day(k);
    DateNumbers.Num month2 = lastDay == null ? null : numbers.frenchMonth(lastDay.end());
    if (month2 == null) {
      return null;
    }
    DateNumbers.Num year2 = numbers.year(month2.end(), 1000, 2999);
    int end = year2 == null ? month2.end() : year2.end();
    int y2 = year2 == null ? 0 : year2.value();
    int m1 = month1 == 0 ? month2.value() : month1;
    int y1 = year1 != null ? year1.value() : y2 == 0 ? 0 : m1 > month2.value() ? y2 - 1 : y2;
    Direction dir = y2 == 0 ? DateLexicon.modifier(tokens.norm(end)) : null;
    int stop = dir == null ? end : end + 1;
    dir = dir == null ? Direction.NEAREST : dir;
    DayDate from = dayDate(first.value(), m1, y1, weekday, dir);
    DayDate to = dayDate(lastDay.value(), month2.value(), y2, null, dir);
    return from == null || to == null ? null : new Match(i, stop, new DayRange(from, to));
  }

  /** {@code , 7}, {@code et 7}, {@code et le 8} after a day. */
  private DateNumbers.Num listedDay(int j) {
    if (!(tokens.isSymbol(j, ',') || tokens.isWord(j, "et"))) {
      return null;
    }
    return numbers.day(tokens.isWord(j + 1, "le") ? j + 2 : j + 1);
  }

  /** A day that exists in that month (any year when none is given), or {@code null}. */
  private static DayDate dayDate(int day, int month, int year, DayOfWeek weekday, Direction dir) {
    try {
      LocalDate.of(year == 0 ? 2000 : year, month, day);
      return new DayDate(day, month, year, weekday, dir);
    } catch (DateTimeException e) {
      return null;
    }
  }

  // ---- numeric forms

  /** {@code 30/01/2015}, {@code 30-01-2015}, {@code 30.01.2015}, {@code 2015-01-30}. */
  private Match numeric(int i) {
    int j = tokens.isWord(i, "le") ? i + 1 : i;
    if (j + 4 >= tokens.size() || !numericShape(j)) {
      return null;
    }
    Lexeme a = tokens.get(j);
    Lexeme b = tokens.get(j + 2);
    Lexeme c = tokens.get(j + 4);
    boolean iso = a.text().length() == 4 && tokens.isSymbol(j + 1, '-');
    try {
      LocalDate d =
          iso
              ? LocalDate.of(a.intValue(), b.intValue(), c.intValue())
              : LocalDate.of(c.intValue(), b.intValue(), a.intValue());
      return new Match(
          i,
          j + 5,
          new DayDate(d.getDayOfMonth(), d.getMonthValue(), d.getYear(), null, Direction.NEAREST));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private boolean numericShape(int j) {
    Lexeme a = tokens.get(j);
    Lexeme sep = tokens.get(j + 1);
    Lexeme b = tokens.get(j + 2);
    Lexeme c = tokens.get(j + 4);
    if (!a.isDigits() || !b.isDigits() || !c.isDigits()) {
      return false;
    }
    char s = sep.kind() == Lexeme.Kind.SYMBOL ? sep.text().charAt(0) : ' ';
    if ((s != '/' && s != '-' && s != '.')
        || !tokens.isSymbol(j + 3, s)
        || !tokens.glued(j, j + 4)) {
      return false;
    }
    boolean dmy = a.text().length() <= 2 && b.text().length() <= 2 && c.text().length() == 4;
    boolean ymd = a.text().length() == 4 && b.text().length() == 2 && c.text().length() == 2;
    return (dmy || ymd) && !numbers.joinedBefore(j) && !numbers.joinedAfter(j + 4);
  }

  // ---- English

  /** {@code January 30, 2015} or {@code 30 January 2015}; the year is required. */
  private Match englishDay(int i) {
    int month = DateLexicon.englishMonth(tokens.norm(i));
    DateNumbers.Num day = month == 0 ? numbers.day(i) : numbers.day(i + 1);
    if (day == null) {
      return null;
    }
    int j = day.end();
    if (month == 0) {
      month = DateLexicon.englishMonth(tokens.norm(j));
      j++;
    }
    j = tokens.isSymbol(j, ',') ? j + 1 : j;
    DateNumbers.Num year = month == 0 ? null : numbers.year(j, 1000, 2999);
    DayDate d =
        year == null ? null : dayDate(day.value(), month, year.value(), null, Direction.NEAREST);
    return d == null ? null : new Match(i, year.end(), d);
  }

  // ---- months

  private Match monthPhrase(int i, boolean afterDateWord) {
    int j = monthPrefixEnd(i);
    DateNumbers.Num month = numbers.frenchMonth(j);
    if (month == null) {
      return null;
    }
    DateNumbers.Num year = numbers.year(month.end(), 1000, 2999);
    if (year != null) {
      return new Match(
          i, year.end(), new MonthDate(month.value(), year.value(), Direction.NEAREST));
    }
    Direction dir = DateLexicon.modifier(tokens.norm(month.end()));
    if (dir != null) {
      return new Match(i, month.end() + 1, new MonthDate(month.value(), 0, dir));
    }
    if (j > i || afterDateWord) {
      return new Match(i, month.end(), new MonthDate(month.value(), 0, Direction.NEAREST));
    }
    return null;
  }

  /** After {@code au mois de}, {@code en}, {@code de}, {@code début}, {@code fin}…; else i. */
  private int monthPrefixEnd(int i) {
    if (tokens.isWord(i, "au") && tokens.isWord(i + 1, "mois")) {
      return ofEnd(i + 2, i);
    }
    if (tokens.isWord(i, "mois")) {
      return ofEnd(i + 1, i);
    }
    if (tokens.isWord(i, "en")
        || tokens.isWord(i, "debut")
        || tokens.isWord(i, "fin")
        || tokens.isWord(i, "courant")) {
      return i + 1;
    }
    return ofEnd(i, i);
  }

  /** After {@code de} or {@code d'} at j; {@code otherwise} when there is none. */
  private int ofEnd(int j, int otherwise) {
    if (tokens.isWord(j, "de")) {
      return j + 1;
    }
    return tokens.isWord(j, "d") && tokens.isApostrophe(j + 1) ? j + 2 : otherwise;
  }

  // ---- years

  private Match yearPhrase(int i, boolean afterDateWord) {
    int j = afterDateWord ? i : yearPrefixEnd(i);
    if (j == i && !afterDateWord) {
      return null;
    }
    DateNumbers.Num year = numbers.year(j, 1900, 2100);
    if (year == null) {
      return null;
    }
    DateNumbers.Num last = yearRangeEnd(year);
    DateNumbers.Num end = last == null ? year : last;
    if (countedNounAt(end.end())) {
      return null;
    }
    return new Match(i, end.end(), new YearSpan(year.value(), end.value()));
  }

  private DateNumbers.Num yearRangeEnd(DateNumbers.Num first) {
    int k = first.end();
    if (!(tokens.isWord(k, "a") || tokens.isWord(k, "et") || tokens.isSymbol(k, '-'))) {
      return null;
    }
    return numbers.year(k + 1, first.value() + 1, 2100);
  }

  private int yearPrefixEnd(int i) {
    String w = tokens.norm(i);
    if (w == null) {
      return i;
    }
    return switch (w) {
      case "en",
          "de",
          "annee",
          "an",
          "fin",
          "debut",
          "courant",
          "avant",
          "apres",
          "vers",
          "entre",
          "printemps",
          "automne",
          "hiver" ->
          i + 1;
      case "mi" -> tokens.isSymbol(i + 1, '-') ? i + 2 : i;
      default -> i;
    };
  }

  /** Whether token k is a noun a number could count ({@code de 2000 personnes}). */
  private boolean countedNounAt(int k) {
    if (tokens.isSymbol(k, '%')) {
      return true;
    }
    String w = tokens.norm(k);
    return w != null
        && !tokens.get(k).isCapitalized()
        && !FunctionWords.contains(w)
        && !DateLexicon.isMonth(w);
  }
}
