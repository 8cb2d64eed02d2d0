package org.vigie.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.analysis.nlp.dates.DateExtractor;
import org.vigie.analysis.nlp.figures.FigureExtractor;
import org.vigie.document.DateMention;
import org.vigie.document.Figure;

/**
 * Random and hostile text through both extractors: no exception, offsets inside the text and
 * matching the mention, mentions in order and never overlapping. Seeded, so a failure reproduces.
 */
class RandomTextTest {
  private static final String[] PIECES = {
    " ",
    " ",
    " ",
    "\u00A0",
    "\u202F",
    "\n\n",
    ",",
    ".",
    "/",
    "-",
    "%",
    "(",
    ")",
    "’",
    "'",
    "°",
    "1",
    "6",
    "7",
    "12",
    "29",
    "31",
    "32",
    "000",
    "150",
    "2012",
    "2,7",
    "48h",
    "138e",
    "1er",
    "le",
    "les",
    "du",
    "au",
    "et",
    "de",
    "d",
    "en",
    "à",
    "partir",
    "depuis",
    "dès",
    "ce",
    "cette",
    "la",
    "l",
    "un",
    "une",
    "vingt",
    "quinze",
    "vingtaine",
    "milliards",
    "million",
    "pour",
    "cent",
    "janvier",
    "Fevrier",
    "MARS",
    "décembre",
    "sept",
    "vendredi",
    "lundi",
    "derniers",
    "prochain",
    "hier",
    "aujourd",
    "hui",
    "demain",
    "semaine",
    "mois",
    "année",
    "an",
    "par",
    "personnes",
    "agents",
    "h",
    "km",
    "Résultat",
    "FHI",
    "web",
    "\uD83D\uDE00",
    "é",
    "\u0301",
    "x"
  };
  private final DateExtractor dates = new DateExtractor();
  private final FigureExtractor figures = new FigureExtractor();

  @Test
  void randomTextNeverBreaksTheExtractors() {
    Random random = new Random(20240501L);
    for (int round = 0; round < 3000; round++) {
      String text = randomText(random, 1 + random.nextInt(60));
      LocalDate reference =
          random.nextBoolean() ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(800));
      checkDates(text, dates.extract(text, reference));
      checkFigures(text, figures.extract(text));
    }
  }

  @Test
  void longRunsOfListsAndNumbersStayFast() {
    for (String unit :
        List.of("1, ", "les 6 et ", "deux ", "150 ", "2012-", "1.", "vingt et un ", "a")) {
      String text = unit.repeat(200_000 / unit.length());
      checkDates(text, dates.extract(text, LocalDate.of(2020, 3, 11)));
      checkFigures(text, figures.extract(text));
    }
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) == 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  private static void checkDates(String text, List<DateMention> found) {
    int previousEnd = 0;
    for (DateMention d : found) {
      assertThat(d.start()).as(text).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(d.start(), d.end())).as(text).isEqualTo(d.text());
      assertThat(d.from() == null || d.to() == null || d.from().compareTo(d.to()) <= 0)
          .as(text)
          .isTrue();
      previousEnd = d.end();
    }
  }

  private static void checkFigures(String text, List<Figure> found) {
    int previousEnd = 0;
    for (Figure f : found) {
      assertThat(f.start()).as(text).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(f.start(), f.end())).as(text).isEqualTo(f.text());
      assertThat(f.value()).as(text).isFinite().isNotNegative();
      previousEnd = f.end();
    }
  }
}
