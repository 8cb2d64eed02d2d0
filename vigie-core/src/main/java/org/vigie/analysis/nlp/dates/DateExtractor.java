package org.vigie.analysis.nlp.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.analysis.nlp.lexemes.Lexeme;
import org.vigie.analysis.nlp.lexemes.Lexemes;
import org.vigie.analysis.nlp.lexemes.Lexer;
import org.vigie.document.DateMention;

/**
 * Finds French date expressions in a text and places them on the calendar relative to the day the
 * text was written.
 *
 * <p>Absolute dates ({@code vendredi 30 janvier 2015}, {@code 30/01/2015}, {@code au mois de
 * Fevrier 2013}, {@code en 2012}) resolve without a reference; relative ones ({@code hier}, {@code
 * les 6 et 7 décembre derniers}, {@code le 29 mars prochain}, {@code la semaine dernière}) need it
 * and are reported unresolved (from and to {@code null}, span kept) when it is unknown. Year-less
 * days and months resolve to the nearest occurrence, or the last past / next one when {@code
 * dernier} / {@code prochain} says so. Open-ended expressions ({@code à partir de janvier 2013},
 * {@code depuis 2012}) resolve to their first day with no last day ({@code to == null}). A bare
 * year is a date only after a date word ({@code en}, {@code de}, {@code depuis}, {@code fin}…):
 * {@code Les tendances 2015} is not. Accents and case are ignored ({@code Fevrier}, {@code MARS}).
 * See {@link DateGrammar} for the forms.
 *
 * <p>Runs in time linear in the text (no backtracking regular expressions). Stateless and
 * thread-safe.
 */
public final class DateExtractor {

  /**
   * The date expressions of {@code text}, in text order, never overlapping.
   *
   * @param reference the day the text was written (publication date), or {@code null}
   */
  public List<DateMention> extract(String text, LocalDate reference) {
    Objects.requireNonNull(text, "text");
    return extract(text, Lexer.tokenize(text), reference);
  }

  /** Like {@link #extract(String, LocalDate)} on tokens already cut from {@code text}. */
  public List<DateMention> extract(String text, List<Lexeme> tokens, LocalDate reference) {
    DateGrammar grammar = new DateGrammar(new Lexemes(text, tokens));
    List<DateMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      DateGrammar.Match m =
          tokens.get(i).isDigits() || tokens.get(i).isWord() ? grammar.at(i) : null;
      if (m == null) {
        i++;
      } else {
        found.add(mention(text, tokens, m, reference));
        i = m.end();
      }
    }
    return found;
  }

  private static DateMention mention(
      String text, List<Lexeme> tokens, DateGrammar.Match m, LocalDate reference) {
    int start = tokens.get(m.first()).start();
    int end = tokens.get(m.end() - 1).end();
    DatePhrase.Days days = m.phrase().resolve(reference);
    String from = days == null ? null : days.from().toString();
    String to = days == null || days.to() == null ? null : days.to().toString();
    return new DateMention(text.substring(start, end), from, to, start, end);
  }
}
