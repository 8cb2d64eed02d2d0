package org.vigie.analysis.nlp.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.analysis.nlp.dates.DateExtractor;
import org.vigie.analysis.nlp.lexemes.Lexeme;
import org.vigie.analysis.nlp.lexemes.Lexemes;
import org.vigie.analysis.nlp.lexemes.Lexer;
import org.vigie.document.DateMention;
import org.vigie.document.Figure;

/**
 * Finds figures in French text: numbers with what they count.
 *
 * <p>Numbers: digits in French notation ({@code 150 000}, {@code 10.000}, {@code 2,7}, {@code 1
 * 234,5}), words ({@code quinze}, {@code vingt et un}, {@code deux cent mille}), magnitudes ({@code
 * 2,7 milliards}, {@code 1,2 million}), approximations with an article ({@code une vingtaine} is
 * 20). The unit is the counted noun after the number, after at most two adjectives ({@code trois
 * principales tables}), with a rate ({@code utilisateurs par mois}) or a bracketed gloss ({@code
 * personnes (followers)}), as written; abbreviations are spelled out ({@code 48h} is 48 {@code
 * heures}). A percentage has value 84 and unit {@code "%"}, followed by what it is a share of when
 * written ({@code "% des gouvernements"}).
 *
 * <p>A number is a figure only with a unit, a magnitude or an approximation: bare numbers are
 * mostly labels, list items or references. Never figures: dates and years ({@link DateExtractor}
 * spans), times of day ({@code à 15h}, {@code 10h30}), ordinals ({@code 138e}, {@code 1er}), codes
 * and names ({@code 3P/AMSS}, {@code FHI 360}, {@code G5}, {@code COVID-19}), labels ({@code
 * Résultat 1}, {@code web 2.0}), a lone {@code un}/{@code une}, and indefinite plurals ({@code des
 * dizaines d'orateurs}, {@code des milliers de personnes}: no number is written).
 *
 * <p>Linear in the text. Stateless and thread-safe.
 */
public final class FigureExtractor {
  private final DateExtractor dates = new DateExtractor();

  /** The figures of {@code text}, in text order, never overlapping each other or a date. */
  public List<Figure> extract(String text) {
    Objects.requireNonNull(text, "text");
    return extract(text, Lexer.tokenize(text));
  }

  /** Like {@link #extract(String)} with the lexemes of {@code text} already cut. */
  public List<Figure> extract(String text, List<Lexeme> tokens) {
    return extract(text, tokens, dates.extract(text, tokens, null));
  }

  /** Like {@link #extract(String)} with the tokens and dates of {@code text} already found. */
  public List<Figure> extract(String text, List<Lexeme> tokens, List<DateMention> datesInText) {
    FigureGrammar grammar = new FigureGrammar(new Lexemes(text, tokens));
    List<Figure> found = new ArrayList<>();
    int nextDate = 0;
    int i = 0;
    while (i < tokens.size()) {
      Lexeme t = tokens.get(i);
      while (nextDate < datesInText.size() && datesInText.get(nextDate).end() <= t.start()) {
        nextDate++;
      }
      boolean inDate =
          nextDate < datesInText.size() && datesInText.get(nextDate).start() <= t.start();
      FigureGrammar.Match m = inDate || t.kind() == Lexeme.Kind.SYMBOL ? null : grammar.at(i);
      if (m == null || overlaps(m.figure(), datesInText, nextDate)) {
        i++;
      } else {
        found.add(m.figure());
        i = m.end();
      }
    }
    return found;
  }

  private static boolean overlaps(Figure f, List<DateMention> dates, int next) {
    return next < dates.size() && dates.get(next).start() < f.end();
  }
}
