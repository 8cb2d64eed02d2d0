package org.vigie.analytics.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Which place names are countries, so that a report can count the countries its documents name.
 * French and English names of Africa's countries and of the others most named in West African news;
 * compared without accents or case.
 */
final class Countries {
  private static final Set<String> NAMES =
      Set.of(
          "mali",
          "senegal",
          "burkina faso",
          "burkina",
          "niger",
          "nigeria",
          "guinee",
          "guinea",
          "guinee-bissau",
          "guinea-bissau",
          "cote d'ivoire",
          "ivory coast",
          "ghana",
          "togo",
          "benin",
          "mauritanie",
          "mauritania",
          "gambie",
          "gambia",
          "liberia",
          "sierra leone",
          "cap-vert",
          "cabo verde",
          "cape verde",
          "tchad",
          "chad",
          "cameroun",
          "cameroon",
          "algerie",
          "algeria",
          "maroc",
          "morocco",
          "tunisie",
          "tunisia",
          "libye",
          "libya",
          "egypte",
          "egypt",
          "soudan",
          "sudan",
          "centrafrique",
          "republique centrafricaine",
          "central african republic",
          "gabon",
          "congo",
          "rdc",
          "republique democratique du congo",
          "democratic republic of the congo",
          "rwanda",
          "burundi",
          "ethiopie",
          "ethiopia",
          "kenya",
          "somalie",
          "somalia",
          "afrique du sud",
          "south africa",
          "madagascar",
          "france",
          "belgique",
          "belgium",
          "suisse",
          "switzerland",
          "canada",
          "etats-unis",
          "united states",
          "usa",
          "russie",
          "russia",
          "chine",
          "china",
          "turquie",
          "turkey",
          "royaume-uni",
          "united kingdom",
          "allemagne",
          "germany",
          "espagne",
          "spain",
          "italie",
          "italy",
          "ukraine",
          "qatar",
          "arabie saoudite",
          "saudi arabia",
          "emirats arabes unis",
          "inde",
          "india",
          "japon",
          "japan",
          "bresil",
          "brazil",
          "portugal");

  private Countries() {}

  static boolean isCountry(String place) {
    return NAMES.contains(fold(place));
  }

  private static String fold(String s) {
    String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.replace('’', '\'').toLowerCase(Locale.ROOT);
  }
}
