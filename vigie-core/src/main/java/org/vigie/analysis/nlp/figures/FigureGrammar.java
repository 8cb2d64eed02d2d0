package org.vigie.analysis.nlp.figures;

import java.util.ArrayList;
import java.util.List;
import org.vigie.analysis.nlp.dates.DateLexicon;
import org.vigie.analysis.nlp.lexemes.FunctionWords;
import org.vigie.analysis.nlp.lexemes.Lexeme;
import org.vigie.analysis.nlp.lexemes.Lexemes;
import org.vigie.document.Figure;

/**
 * Matches one figure starting at a token: a number (digits in French notation, words, or {@code une
 * vingtaine}), an optional magnitude ({@code milliards}) and what it counts. Looks a bounded number
 * of tokens ahead, so a text is matched in linear time. One instance per text; not thread-safe.
 */
final class FigureGrammar {

  /**
   * A number found at tokens {@code [first, end)}; {@code standsAlone} when it is a figure even
   * without a counted noun ({@code 1,2 million}, {@code une vingtaine}).
   */
  private record Quantity(int first, int end, double value, boolean standsAlone) {}

  /** What a number counts, ending before token {@code end}; {@code unit} as it will be stored. */
  private record Unit(int end, String unit) {}

  /** The unit that says the number is no figure at all (an ordinal, a code, a time of day). */
  private static final Unit NOT_A_FIGURE = new Unit(-1, null);

  /** Bounds that keep matching linear on long runs of digit groups or number words. */
  private static final int MAX_GROUPS = 5;

  private static final int MAX_NUMBER_WORDS = 8;

  private final String text;
  private final Lexemes tokens;

  FigureGrammar(Lexemes tokens) {
    this.text = tokens.text();
    this.tokens = tokens;
  }

  /** The figure starting at token {@code i}, and the token after it, or {@code null}. */
  Match at(int i) {
    Quantity q = quantity(i);
    if (q == null || isLabelled(q.first())) {
      return null;
    }
    Unit u = unit(q);
    if (u == NOT_A_FIGURE || (u == null && !q.standsAlone())) {
      return null;
    }
    int end = u == null ? q.end() : u.end();
    int start = tokens.get(q.first()).start();
    int stop = tokens.get(end - 1).end();
    String unit = u == null ? null : u.unit();
    return new Match(new Figure(text.substring(start, stop), q.value(), unit, start, stop), end);
  }

  /** A figure and the index of the token after it. */
  record Match(Figure figure, int end) {}

  // ---- numbers

  private Quantity quantity(int i) {
    Quantity q = tokens.get(i).isDigits() ? digits(i) : words(i);
    return q == null ? approximate(i) : magnified(q);
  }

  /** {@code 150 000}, {@code 10.000}, {@code 2,7}, {@code 1 234,5}, {@code 3.5}. */
  private Quantity digits(int i) {
    if (joinedBefore(i)) {
      return null;
    }
    StringBuilder n = new StringBuilder(tokens.get(i).text());
    int j = i + 1;
    boolean grouped = false;
    for (int g = 0; g < MAX_GROUPS && n.length() <= 3 + 3 * g; g++) {
      int at = groupAt(j - 1);
      if (at < 0) {
        break;
      }
      n.append(tokens.get(at).text());
      j = at + 1;
      grouped = true;
    }
    int fraction = fractionAt(j, grouped);
    if (fraction > 0) {
      n.append('.').append(tokens.get(fraction).text());
      j = fraction + 1;
    }
    if (joinedNumberAfter(j - 1)) {
      return null;
    }
    return new Quantity(i, j, Double.parseDouble(n.toString()), false);
  }

  /**
   * The three digits of a thousands group after token {@code last}: after one space ({@code 150
   * 000}) or glued after a dot ({@code 10.000}); -1 when there is none.
   */
  private int groupAt(int last) {
    if (last + 1 >= tokens.size()) {
      return -1;
    }
    Lexeme next = tokens.get(last + 1);
    if (next.isDigits()) {
      boolean group = next.text().length() == 3 && tokens.spaced(last);
      return group ? last + 1 : -1;
    }
    boolean dotGroup =
        next.is('.')
            && tokens.isDigits(last + 2)
            && tokens.get(last + 2).text().length() == 3
            && tokens.glued(last, last + 2);
    return dotGroup ? last + 2 : -1;
  }

  /** The digits after a decimal comma (or a dot not followed by a group of three), or -1. */
  private int fractionAt(int j, boolean grouped) {
    if (j + 1 >= tokens.size() || !tokens.get(j + 1).isDigits()) {
      return -1;
    }
    Lexeme sep = tokens.get(j);
    boolean glued = tokens.glued(j - 1, j + 1);
    boolean comma = sep.is(',');
    boolean dot = sep.is('.') && !grouped && tokens.get(j + 1).text().length() != 3;
    return glued && (comma || dot) ? j + 1 : -1;
  }

  /** {@code quinze}, {@code vingt et un}, {@code deux cent mille}; never a lone {@code un}. */
  private Quantity words(int i) {
    List<String> parts = new ArrayList<>(4);
    int j = i;
    while (parts.size() < MAX_NUMBER_WORDS
        && (NumberWords.isNumber(tokens.norm(j))
            || (tokens.isWord(j, "et") && !parts.isEmpty() && unitAfterEt(j)))) {
      parts.add(tokens.norm(j));
      j++;
    }
    if (parts.isEmpty() || loneArticle(parts, j)) {
      return null;
    }
    return new Quantity(i, j, NumberWords.value(parts), false);
  }

  /** {@code vingt et un}, {@code soixante et onze}: the only numbers with {@code et}. */
  private boolean unitAfterEt(int j) {
    return tokens.isWord(j + 1, "un")
        || tokens.isWord(j + 1, "une")
        || tokens.isWord(j + 1, "onze");
  }

  /** {@code un} or {@code une} alone is an article unless a magnitude follows. */
  private boolean loneArticle(List<String> parts, int next) {
    boolean article =
        parts.size() == 1 && (parts.get(0).equals("un") || parts.get(0).equals("une"));
    return article && NumberWords.magnitude(tokens.norm(next)) == 0;
  }

  /** {@code une vingtaine}, {@code un millier}: about that many. */
  private Quantity approximate(int i) {
    if (!(tokens.isWord(i, "une") || tokens.isWord(i, "un"))) {
      return null;
    }
    int value = NumberWords.approximate(tokens.norm(i + 1));
    return value == 0 ? null : new Quantity(i, i + 2, value, true);
  }

  /** {@code 2,7 milliards}, {@code 1,2 million}, {@code 150 mille}. */
  private Quantity magnified(Quantity q) {
    double factor = NumberWords.magnitude(tokens.norm(q.end()));
    if (factor == 0 || (factor == 1e3 && !tokens.get(q.first()).isDigits())) {
      return q;
    }
    return new Quantity(q.first(), q.end() + 1, q.value() * factor, true);
  }

  // ---- what a number is not

  /**
   * Whether the word before the number makes it a label or part of a name: {@code Résultat 1},
   * {@code FHI 360}, {@code la Numéro 2}, {@code n° 5}, {@code web 2.0}.
   */
  private boolean isLabelled(int i) {
    if (i == 0) {
      return false;
    }
    Lexeme before = tokens.get(i - 1);
    if (before.is('°') || before.is('#') || before.is('+')) {
      return true;
    }
    if (!before.isWord()) {
      return false;
    }
    if (FigureLexicon.isLabel(before.norm())) {
      return true;
    }
    return before.isCapitalized() && !FunctionWords.contains(before.norm()) && !isCue(before);
  }

  /** Capitalised words that may start a sentence before a number: {@code Plus}, {@code Quelque}. */
  private static boolean isCue(Lexeme t) {
    return switch (t.norm()) {
      case "quelque", "quelques", "pres", "environ", "plus", "moins", "au", "sur", "plusieurs" ->
          true;
      default -> NumberWords.isNumber(t.norm());
    };
  }

  /** Glued after a word, a digit run or a separator: {@code G5}, {@code COVID-19}, {@code 3/4}. */
  private boolean joinedBefore(int i) {
    if (i == 0 || !tokens.glued(i - 1, i)) {
      return false;
    }
    Lexeme t = tokens.get(i - 1);
    return t.isWord()
        || t.isDigits()
        || t.is('/')
        || t.is('.')
        || t.is(',')
        || t.is('-')
        || t.is('_')
        || t.is('@');
  }

  /** Whether more digits are glued after the number ({@code 1.2.3}, {@code 2012/2013}). */
  private boolean joinedNumberAfter(int last) {
    if (last + 2 >= tokens.size() || !tokens.glued(last, last + 1)) {
      return false;
    }
    Lexeme sep = tokens.get(last + 1);
    boolean numeric = sep.is('.') || sep.is(',') || sep.is('/') || sep.is('-') || sep.is(':');
    return numeric && tokens.get(last + 2).isDigits() && tokens.glued(last + 1, last + 2);
  }

  // ---- units

  private Unit unit(Quantity q) {
    int u = q.end();
    if (u >= tokens.size()) {
      return null;
    }
    Unit percent = percent(u);
    if (percent != null) {
      return percent;
    }
    if (tokens.get(u).isWord() && tokens.glued(u - 1, u)) {
      return glued(q, u);
    }
    Unit abbreviated = abbreviation(q, u);
    if (abbreviated != null) {
      return abbreviated;
    }
    int noun = q.standsAlone() ? ofEnd(u) : u;
    return noun < 0 ? null : nounPhrase(noun);
  }

  /** {@code 84%}, {@code 3,5 %}, {@code 84 pour cent}, with {@code des gouvernements} after it. */
  private Unit percent(int u) {
    int end =
        tokens.isSymbol(u, '%')
            ? u + 1
            : tokens.isWord(u, "pour") && tokens.isWord(u + 1, "cent") ? u + 2 : -1;
    if (end < 0) {
      return null;
    }
    int of = ofEnd(end);
    int head = of < 0 ? -1 : tokens.isWord(of, "la") || tokens.isWord(of, "les") ? of + 1 : of;
    head = head >= 0 && tokens.isWord(head, "l") && tokens.isApostrophe(head + 1) ? head + 2 : head;
    if (head < 0 || !isNoun(head)) {
      return new Unit(end, "%");
    }
    return new Unit(
        head + 1, "% " + text.substring(tokens.get(end).start(), tokens.get(head).end()));
  }

  /**
   * Letters glued to digits: a unit ({@code 48h}), else an ordinal or a code ({@code 138e}, {@code
   * 3P}).
   */
  private Unit glued(Quantity q, int u) {
    String unit = FigureLexicon.abbreviation(tokens.get(u).norm());
    if (unit == null || isTime(q, u)) {
      return NOT_A_FIGURE;
    }
    return new Unit(u + 1, unit);
  }

  private Unit abbreviation(Quantity q, int u) {
    if (tokens.isSymbol(u, '€') || tokens.isSymbol(u, '$')) {
      return new Unit(u + 1, tokens.isSymbol(u, '€') ? "euros" : "dollars");
    }
    String w = tokens.norm(u);
    String unit = w == null ? null : FigureLexicon.abbreviation(w);
    if (tokens.isWord(u, "f") && tokens.isWord(u + 1, "cfa")) {
      return new Unit(u + 2, "FCFA");
    }
    if (unit == null && !(tokens.isWord(u, "heures") || tokens.isWord(u, "heure"))) {
      return null;
    }
    if (isTime(q, u)) {
      return NOT_A_FIGURE;
    }
    return unit == null ? null : new Unit(u + 1, unit);
  }

  /** {@code à 15h}, {@code 10h30}, {@code vers 9 heures}: a time of day, not a count of hours. */
  private boolean isTime(Quantity q, int u) {
    boolean minutes =
        u + 1 < tokens.size() && tokens.get(u + 1).isDigits() && tokens.glued(u, u + 1);
    String before = q.first() == 0 ? null : tokens.norm(q.first() - 1);
    return minutes || (before != null && FigureLexicon.isTimeOfDayCue(before));
  }

  /** After {@code de}, {@code des}, {@code du} or {@code d'} at j; -1 when there is none. */
  private int ofEnd(int j) {
    if (tokens.isWord(j, "de") || tokens.isWord(j, "des") || tokens.isWord(j, "du")) {
      return j + 1;
    }
    return tokens.isWord(j, "d") && tokens.isApostrophe(j + 1) ? j + 2 : -1;
  }

  /**
   * The counted noun at j, after at most two adjectives ({@code principales}), with a rate ({@code
   * par mois}) or a one-to-three-word gloss in brackets ({@code personnes (followers)}).
   */
  private Unit nounPhrase(int j) {
    int head = j;
    while (head < j + 2 && FigureLexicon.isAdjectiveBeforeNoun(String.valueOf(tokens.norm(head)))) {
      head++;
    }
    if (!isNoun(head)) {
      return null;
    }
    int end = complementEnd(head + 1);
    String unit = text.substring(tokens.get(head).start(), tokens.get(end - 1).end());
    return new Unit(end, unit);
  }

  private int complementEnd(int k) {
    if (tokens.isWord(k, "par") && isNoun(k + 1)) {
      return k + 2;
    }
    if (!tokens.isSymbol(k, '(')) {
      return k;
    }
    int close = k + 1;
    while (close < k + 5 && tokens.norm(close) != null) {
      close++;
    }
    return close > k + 1 && tokens.isSymbol(close, ')') ? close + 1 : k;
  }

  /**
   * Whether token k can be what a number counts: a word that is not a function word, a month, a
   * number or {@code dernier}; capitalised only when it is a plural ({@code Maliens}).
   */
  private boolean isNoun(int k) {
    String w = tokens.norm(k);
    if (w == null || w.length() < 2 || FunctionWords.contains(w) || NumberWords.isNumber(w)) {
      return false;
    }
    if (DateLexicon.isCalendarWord(w) || NumberWords.approximate(w) > 0) {
      return false;
    }
    return !tokens.get(k).isCapitalized() || w.endsWith("s") || w.endsWith("x");
  }
}
