package org.vigie.analysis.nlp.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import org.vigie.analysis.nlp.dates.DateGrammar.Match;
import org.vigie.analysis.nlp.dates.DatePhrase.Direction;
import org.vigie.analysis.nlp.dates.DatePhrase.RelativeDay;
import org.vigie.analysis.nlp.dates.DatePhrase.RelativePeriod;
import org.vigie.analysis.nlp.dates.DatePhrase.RelativeWeekday;
import org.vigie.analysis.nlp.lexemes.Lexemes;

/**
 * The date expressions relative to the reference day, for {@link DateGrammar}: {@code hier}, {@code
 * aujourd'hui}, {@code ce matin}, {@code lundi dernier}, {@code ce jeudi}, {@code la semaine
 * dernière}, {@code le mois prochain}, {@code cette année}. One instance per text; not thread-safe.
 */
final class RelativeDates {
  private final Lexemes tokens;

  RelativeDates(Lexemes tokens) {
    this.tokens = tokens;
  }

  /** The relative date expression starting at token {@code i}, or {@code null}. */
  Match at(int i) {
    Match m = relativeDay(i);
    if (m == null) {
      m = relativeWeekday(i);
    }
    return m != null ? m : relativePeriod(i);
  }

  private Match relativeDay(int i) {
    Integer offset = DateLexicon.relativeDay(tokens.norm(i));
    if (offset != null) {
      return new Match(i, partOfDay(i + 1) ? i + 2 : i + 1, new RelativeDay(offset));
    }
    if ((tokens.isWord(i, "ce") || tokens.isWord(i, "cet")) && partOfDay(i + 1)) {
      return new Match(i, i + 2, new RelativeDay(0));
    }
    return null;
  }

  private boolean partOfDay(int i) {
    return tokens.isWord(i, "matin") || tokens.isWord(i, "soir") || tokens.isWord(i, "apres-midi");
  }

  private Match relativeWeekday(int i) {
    boolean ce = tokens.isWord(i, "ce");
    int j = ce ? i + 1 : i;
    DayOfWeek weekday = DateLexicon.weekday(tokens.norm(j));
    if (weekday == null) {
      return null;
    }
    int k = partOfDay(j + 1) ? j + 2 : j + 1;
    Direction dir = DateLexicon.modifier(tokens.norm(k));
    if (dir != null) {
      return new Match(i, k + 1, new RelativeWeekday(weekday, dir));
    }
    return ce ? new Match(i, k, new RelativeWeekday(weekday, Direction.NEAREST)) : null;
  }

  /**
   * {@code la semaine dernière}, {@code le mois prochain}, {@code l'an dernier}, {@code ce mois}.
   */
  private Match relativePeriod(int i) {
    boolean thisOne =
        tokens.isWord(i, "ce") || tokens.isWord(i, "cette") || tokens.isWord(i, "cet");
    boolean article = tokens.isWord(i, "la") || tokens.isWord(i, "le");
    int j =
        thisOne || article
            ? i + 1
            : tokens.isWord(i, "l") && tokens.isApostrophe(i + 1) ? i + 2 : i;
    ChronoUnit unit = periodUnit(tokens.norm(j));
    if (unit == null) {
      return null;
    }
    if (thisOne) {
      return new Match(i, j + 1, new RelativePeriod(unit, 0));
    }
    Direction dir = DateLexicon.modifier(tokens.norm(j + 1));
    if (dir == null) {
      return null;
    }
    return new Match(i, j + 2, new RelativePeriod(unit, dir == Direction.PAST ? -1 : 1));
  }

  private static ChronoUnit periodUnit(String w) {
    if (w == null) {
      return null;
    }
    return switch (w) {
      case "semaine" -> ChronoUnit.WEEKS;
      case "mois", "mois-ci" -> ChronoUnit.MONTHS;
      case "annee", "an" -> ChronoUnit.YEARS;
      default -> null;
    };
  }
}
