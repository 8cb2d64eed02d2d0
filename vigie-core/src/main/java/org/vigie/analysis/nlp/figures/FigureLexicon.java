package org.vigie.analysis.nlp.figures;

import java.util.Map;
import java.util.Set;

/** Words around numbers that say what a number is, in folded form. */
final class FigureLexicon {
  /** Unit abbreviations written after a number, and the unit a figure then gets. */
  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("h", "heures"),
          Map.entry("mn", "minutes"),
          Map.entry("min", "minutes"),
          Map.entry("km", "kilomètres"),
          Map.entry("kg", "kilogrammes"),
          Map.entry("ha", "hectares"),
          Map.entry("fcfa", "FCFA"),
          Map.entry("cfa", "FCFA"),
          Map.entry("usd", "dollars"),
          Map.entry("eur", "euros"));

  /** Adjectives that come between a number and its noun: {@code trois principaux résultats}. */
  private static final Set<String> ADJECTIVES_BEFORE_NOUN =
      Set.of(
          "principaux",
          "principales",
          "premiers",
          "premieres",
          "derniers",
          "dernieres",
          "grands",
          "grandes",
          "petits",
          "petites",
          "nouveaux",
          "nouvelles",
          "jeunes",
          "autres",
          "anciens",
          "anciennes",
          "gros",
          "grosses",
          "bons",
          "bonnes",
          "mauvais",
          "mauvaises",
          "seuls",
          "seules",
          "meilleurs",
          "meilleures",
          "vrais",
          "vraies",
          "veritables",
          "longues",
          "longs",
          "hauts",
          "hautes",
          "vastes",
          "importants",
          "importantes",
          "pauvres");

  /**
   * Words that make the number after them a label or a name: {@code Résultat 1}, {@code web 2.0}.
   */
  private static final Set<String> LABELS =
      Set.of(
          "numero",
          "no",
          "n",
          "article",
          "articles",
          "resultat",
          "page",
          "pages",
          "chapitre",
          "version",
          "web",
          "tome",
          "volume",
          "section",
          "point",
          "alinea",
          "etape",
          "phase",
          "niveau",
          "saison",
          "episode",
          "annexe",
          "figure",
          "tableau",
          "rang",
          "lot",
          "titre",
          "objectif",
          "axe",
          "composante",
          "salle",
          "bureau",
          "route",
          "rue",
          "km",
          "bp",
          "tel",
          "bloc",
          "porte",
          "cercle",
          "classe",
          "groupe",
          "region",
          "zone",
          "code",
          "numeros");

  /** Words that make {@code N heures} a time of day, not a duration: {@code à 15 heures}. */
  private static final Set<String> TIME_OF_DAY = Set.of("a", "vers", "des", "jusqu", "depuis");

  private FigureLexicon() {}

  static String abbreviation(String norm) {
    return ABBREVIATIONS.get(norm);
  }

  static boolean isAdjectiveBeforeNoun(String norm) {
    return ADJECTIVES_BEFORE_NOUN.contains(norm);
  }

  static boolean isLabel(String norm) {
    return LABELS.contains(norm);
  }

  static boolean isTimeOfDayCue(String norm) {
    return TIME_OF_DAY.contains(norm);
  }

  /** {@code 138e}, {@code 1er}, {@code 2nd}, {@code 3ème}: an ordinal suffix glued to digits. */
  static boolean isOrdinalSuffix(String norm) {
    return switch (norm) {
      case "e", "eme", "er", "ere", "re", "nd", "nde", "es", "emes", "eres", "ieme", "iemes" ->
          true;
      default -> false;
    };
  }
}
