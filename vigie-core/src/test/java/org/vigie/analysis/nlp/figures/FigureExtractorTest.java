package org.vigie.analysis.nlp.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.document.Figure;

class FigureExtractorTest {
  private final FigureExtractor extractor = new FigureExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          suivis par près de 150 000 personnes (followers) sur   | 150 000 personnes (followers) | 150000     | personnes (followers)
          enregistre 2,7 milliards d’utilisateurs par mois à     | 2,7 milliards d’utilisateurs par mois | 2.7E9 | utilisateurs par mois
          Facebook (142240 utilisateurs selon                    | 142240 utilisateurs       | 142240     | utilisateurs
          précisant que 84% des gouvernements sont actifs         | 84% des gouvernements     | 84         | % des gouvernements
          Plus de vingt participants, répartis                    | vingt participants        | 20         | participants
          en présence d’une vingtaine de journalistes, les        | une vingtaine de journalistes | 20     | journalistes
          une équipe de quinze représentants de cette mouvance    | quinze représentants      | 15         | représentants
          l’un des temps forts de ces 48h de partage              | 48h                       | 48         | heures
          dans 22 communes des cercles                            | 22 communes               | 22         | communes
          un personnel adéquat de 18 agents répartis              | 18 agents                 | 18         | agents
          une hausse de 3,5 % cette année                         | 3,5 %                     | 3.5        | %
          3,5 % de la population                                  | 3,5 % de la population    | 3.5        | % de la population
          soit 84 pour cent des électeurs                         | 84 pour cent des électeurs | 84        | % des électeurs
          1 234,5 tonnes de riz                                   | 1 234,5 tonnes            | 1234.5     | tonnes
          10.000 manifestants ont défilé                          | 10.000 manifestants       | 10000      | manifestants
          1,2 million de déplacés                                 | 1,2 million de déplacés   | 1200000    | déplacés
          un budget de 1,2 million.                               | 1,2 million               | 1200000    | -
          un million de personnes                                 | un million de personnes   | 1000000    | personnes
          vingt et un morts                                       | vingt et un morts         | 21         | morts
          soixante-dix-neuf blessés                               | soixante-dix-neuf blessés | 79         | blessés
          quatre-vingt-dix jours                                  | quatre-vingt-dix jours    | 90         | jours
          deux cent mille réfugiés                                | deux cent mille réfugiés  | 200000     | réfugiés
          autour de trois principales tables rondes               | trois principales tables  | 3          | tables
          les trois principaux résultats ci-après                 | trois principaux résultats | 3         | résultats
          une marche de 10 km                                     | 10 km                     | 10         | kilomètres
          500 000 FCFA par mois                                   | 500 000 FCFA              | 500000     | FCFA
          un financement de 2 millions de dollars                 | 2 millions de dollars     | 2000000    | dollars
          près de 2 000 Maliens réfugiés                          | 2 000 Maliens             | 2000       | Maliens
          plus de 2000 personnes                                  | 2000 personnes            | 2000       | personnes
          durant 72 heures                                        | 72 heures                 | 72         | heures
          """)
  void findsTheNumberAndWhatItCounts(String text, String mention, double value, String unit) {
    List<Figure> found = extractor.extract(text);
    assertThat(found)
        .extracting(Figure::text, Figure::value, Figure::unit)
        .first()
        .isEqualTo(tuple(mention, value, unit));
    Figure first = found.get(0);
    assertThat(text.substring(first.start(), first.end())).isEqualTo(first.text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Résultat 1 : la diminution des conflits violents",
        "Participation au Processus de Paix à Tombouctou «3P/AMSS » dans",
        "avec l’assistance technique de FHI 360 exécute un projet",
        "Burkina Faso (138e au rang mondial) particulièrement",
        "les outils du web 2.0 se mettent au service",
        "Les tendances 2015 dans les médias sociaux",
        "des cercles de Tombouctou (6) et Goundam (16).",
        "l’évènement a rassemblé des dizaines d’orateurs",
        "à des milliers de personnes",
        "la Numéro 2 de la Mission onusienne",
        "le 1er mai et le 6 mars 2019",
        "en 2012, des groupes; la crise de 2012 qui",
        "rendez-vous à 15h au siège, puis 10h30",
        "vers 9 heures du matin",
        "le G5 Sahel et la COVID-19",
        "la version 1.2.3 du logiciel",
        "un grand nombre de maliens",
        "une équipe, un projet, une idée",
        "appelez le +223 76 00 00 00",
        "la première journée, le deuxième jour",
        "les 6 et 7 décembre derniers",
        "n° 12 de la revue"
      })
  void findsNothingIn(String text) {
    assertThat(extractor.extract(text)).isEmpty();
  }

  @Test
  void findsEveryFigureOfASentenceInOrder() {
    String text = "Les 18 agents et deux plateformes, soit 84% des gouvernements, en 2012.";
    assertThat(extractor.extract(text))
        .extracting(Figure::text)
        .containsExactly("18 agents", "deux plateformes", "84% des gouvernements");
  }
}
