package org.vigie.analysis.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.document.DateMention;

/** Date expressions on plain strings, seen from Wednesday 11 March 2020 unless said otherwise. */
class DateExtractorTest {
  private static final LocalDate REF = LocalDate.of(2020, 3, 11);
  private final DateExtractor extractor = new DateExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Il est venu vendredi 30 janvier 2015 à Bamako.   | vendredi 30 janvier 2015 | 2015-01-30 | 2015-01-30
          La réunion du 30/01/2015 a eu lieu.              | 30/01/2015               | 2015-01-30 | 2015-01-30
          Publié 2015-01-30 par l'ONU.                      | 2015-01-30               | 2015-01-30 | 2015-01-30
          Il a parlé le 14 février 2013 à Ouaga.            | le 14 février 2013       | 2013-02-14 | 2013-02-14
          tenu ce jeudi 14 février 2013.                    | ce jeudi 14 février 2013 | 2013-02-14 | 2013-02-14
          Les 6 et 7 décembre derniers, la base a abrité    | Les 6 et 7 décembre derniers | 2019-12-06 | 2019-12-07
          les élections du 29 mars prochain :               | 29 mars prochain         | 2020-03-29 | 2020-03-29
          le 2 mars prochain                                | le 2 mars prochain       | 2021-03-02 | 2021-03-02
          le 29 mars dernier                                | le 29 mars dernier       | 2019-03-29 | 2019-03-29
          un atelier organisé hier à l'AGETIC               | hier                     | 2020-03-10 | 2020-03-10
          Aujourd’hui, les réseaux sociaux                  | Aujourd’hui              | 2020-03-11 | 2020-03-11
          aujourd'hui même                                  | aujourd'hui              | 2020-03-11 | 2020-03-11
          Il viendra demain.                                | demain                   | 2020-03-12 | 2020-03-12
          avant-hier soir                                   | avant-hier soir          | 2020-03-09 | 2020-03-09
          Il disait ce matin que                            | ce matin                 | 2020-03-11 | 2020-03-11
          Il est arrivé lundi dernier.                      | lundi dernier            | 2020-03-09 | 2020-03-09
          Il partira mercredi prochain.                     | mercredi prochain        | 2020-03-18 | 2020-03-18
          ce vendredi, les élèves                           | ce vendredi              | 2020-03-13 | 2020-03-13
          Elle a eu lieu la semaine dernière.               | la semaine dernière      | 2020-03-02 | 2020-03-08
          Il reviendra le mois prochain.                    | le mois prochain         | 2020-04-01 | 2020-04-30
          l’année dernière comme l'an dernier               | l’année dernière         | 2019-01-01 | 2019-12-31
          cette semaine encore                              | cette semaine            | 2020-03-09 | 2020-03-15
          A partir de Janvier 2013, une intervention        | A partir de Janvier 2013 | 2013-01-01 | -
          à partir du 6 mars 2019                           | à partir du 6 mars 2019  | 2019-03-06 | -
          depuis 2012, le pays                              | depuis 2012              | 2012-01-01 | -
          dès le 1er mai 2019                               | dès le 1er mai 2019      | 2019-05-01 | -
          En effet, en 2012, des groupes                    | en 2012                  | 2012-01-01 | 2012-12-31
          au mois de Fevrier 2013).                         | au mois de Fevrier 2013  | 2013-02-01 | 2013-02-28
          Au Conseil International de 2011, le mouvement    | de 2011                  | 2011-01-01 | 2011-12-31
          la crise multidimensionnelle de 2012 qui a        | de 2012                  | 2012-01-01 | 2012-12-31
          entre 2011 et 2013 au Mali                        | entre 2011 et 2013       | 2011-01-01 | 2013-12-31
          fin 2019, puis mi-2020                            | fin 2019                 | 2019-01-01 | 2019-12-31
          L’atelier est prévu le Vendredi, 23 Mars 2018 à   | le Vendredi, 23 Mars 2018 | 2018-03-23 | 2018-03-23
          du 6 au 8 mars 2019 à Gao                         | du 6 au 8 mars 2019      | 2019-03-06 | 2019-03-08
          du 28 février au 3 mars 2019                      | du 28 février au 3 mars 2019 | 2019-02-28 | 2019-03-03
          entre le 6 et le 8 mars 2019                      | entre le 6 et le 8 mars 2019 | 2019-03-06 | 2019-03-08
          les 6, 7 et 8 mars                                | les 6, 7 et 8 mars       | 2020-03-06 | 2020-03-08
          le 1er mai, fête du travail                       | le 1er mai               | 2020-05-01 | 2020-05-01
          le premier janvier                                | le premier janvier       | 2020-01-01 | 2020-01-01
          en décembre dernier                               | en décembre dernier      | 2019-12-01 | 2019-12-31
          en janvier, il pleut                              | en janvier               | 2020-01-01 | 2020-01-31
          en octobre, il pleut                              | en octobre               | 2019-10-01 | 2019-10-31
          le 15 sept. 2019                                  | le 15 sept. 2019         | 2019-09-15 | 2019-09-15
          LE 14 FÉVRIER 2013                                | LE 14 FÉVRIER 2013       | 2013-02-14 | 2013-02-14
          the meeting on January 30, 2015 in New York       | January 30, 2015         | 2015-01-30 | 2015-01-30
          on 30 January 2015                                | 30 January 2015          | 2015-01-30 | 2015-01-30
          pendant le mois de mars                           | mois de mars             | 2020-03-01 | 2020-03-31
          le 31 février 2019                                | février 2019             | 2019-02-01 | 2019-02-28
          """)
  void findsAndResolves(String text, String mention, String from, String to) {
    List<DateMention> found = extractor.extract(text, REF);
    assertThat(found)
        .extracting(DateMention::text, DateMention::from, DateMention::to)
        .first()
        .isEqualTo(tuple(mention, from, to));
    DateMention first = found.get(0);
    assertThat(text.substring(first.start(), first.end())).isEqualTo(first.text());
  }

  @Test
  void aYearLessDayGoesToTheNearestYearOnItsWeekday() {
    assertThat(extractor.extract("vendredi 30 janvier", LocalDate.of(2015, 1, 30)))
        .extracting(DateMention::from)
        .containsExactly("2015-01-30");
    assertThat(extractor.extract("le 30 décembre", LocalDate.of(2015, 1, 2)))
        .extracting(DateMention::from)
        .containsExactly("2014-12-30");
  }

  @Test
  void withoutReferenceRelativeExpressionsKeepTheirSpanUnresolved() {
    List<DateMention> found =
        extractor.extract("Hier, les 6 et 7 décembre derniers, et le 14 février 2013.", null);
    assertThat(found)
        .extracting(DateMention::text, DateMention::from, DateMention::to)
        .containsExactly(
            tuple("Hier", null, null),
            tuple("les 6 et 7 décembre derniers", null, null),
            tuple("le 14 février 2013", "2013-02-14", "2013-02-14"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Résultat 1 : la diminution des conflits",
        "Participation au Processus de Paix à Tombouctou «3P/AMSS » dans",
        "2,7 milliards d’utilisateurs",
        "18 agents répartis dans 22 communes",
        "Burkina Faso (138e au rang mondial)",
        "ces 48h de partage",
        "Les tendances 2015 dans les médias sociaux",
        "plus de 2000 personnes",
        "de 1990 manifestants",
        "la planète Mars et le mai",
        "le 32 mars",
        "le 12/13/2015",
        "FHI 360 exécute un projet",
        "Il était une fois en Afrique"
      })
  void findsNothingIn(String text) {
    assertThat(extractor.extract(text, REF)).isEmpty();
  }

  @Test
  void findsSeveralInOneSentenceInOrder() {
    String text = "Le 6 mars 2019, puis en 2020 et hier encore, ainsi que demain.";
    assertThat(extractor.extract(text, REF))
        .extracting(DateMention::text)
        .containsExactly("Le 6 mars 2019", "en 2020", "hier", "demain");
  }
}
