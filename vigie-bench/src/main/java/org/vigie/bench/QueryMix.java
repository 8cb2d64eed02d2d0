package org.vigie.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A realistic, reproducible mix of searches: what readers of a news archive type, in proportions a
 * search log of such a site might show. Every query asks for the default facets and highlighted
 * snippets, ten hits a page.
 */
final class QueryMix {
  /** One search of the mix: its kind (for per-kind figures), the text typed, and the page. */
  record Search(String kind, String text, int page) {}

  private static final List<String> WORDS =
      List.of(
          "Mali",
          "Sénégal",
          "président",
          "élections",
          "santé",
          "football",
          "coronavirus",
          "économie",
          "gouvernement",
          "Niger",
          "Burkina",
          "armée",
          "pétrole",
          "femmes",
          "jeunes",
          "banque",
          "vaccin",
          "Nigeria",
          "Afrique",
          "paix",
          "police",
          "école",
          "prix",
          "Ghana",
          "Cameroun",
          "agriculture",
          "manifestation",
          "justice",
          "réfugiés",
          "technologie",
          "Dakar",
          "Bamako",
          "Abidjan",
          "internet",
          "climat",
          "sécheresse",
          "musique",
          "eau");
  private static final List<String> PHRASES =
      List.of(
          "\"Côte d'Ivoire\"",
          "\"président de la République\"",
          "\"coupe du monde\"",
          "\"Union africaine\"",
          "\"Nations unies\"",
          "\"Afrique de l'Ouest\"",
          "\"réseaux sociaux\"",
          "\"chef de l'État\"",
          "\"droits de l'homme\"",
          "\"santé publique\"",
          "\"premier ministre\"",
          "« coup d'État »");
  private static final List<String> BOOLEANS =
      List.of(
          "(Mali OR Niger) AND armée",
          "santé NOT coronavirus",
          "élections OR scrutin",
          "football -Cameroun",
          "(Sénégal OR Gambie) AND pêche",
          "vaccin OU vaccination",
          "économie SAUF pétrole",
          "(femmes OR filles) AND école");
  private static final List<String> FIELDS =
      List.of(
          "language:fra %s",
          "year:2019 %s",
          "year:2023 %s",
          "site:maliweb.net %s",
          "site:bbc.com/afrique %s",
          "title:%s",
          "langue:fra %s");
  private static final List<String> RANGES =
      List.of(
          "%s published:[2018-01-01 TO 2019-12-31]", "%s published:[2020 TO *]",
          "%s date:2016", "%s published:[2024-03-01 TO 2024-03-31]");

  private QueryMix() {}

  /**
   * {@code n} searches: about 25 % one word, 20 % two words, 15 % phrases, 15 % boolean, 10 % field
   * filters, 10 % date ranges, 5 % a deep page (page 50) of a one-word search.
   */
  static List<Search> of(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Search> mix = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      mix.add(one(r));
    }
    return mix;
  }

  private static Search one(SplittableRandom r) {
    double x = r.nextDouble();
    if (x < 0.25) {
      return new Search("one word", word(r), 1);
    } else if (x < 0.45) {
      return new Search("two words (AND)", word(r) + " " + word(r), 1);
    } else if (x < 0.60) {
      return new Search("phrase", pick(PHRASES, r), 1);
    } else if (x < 0.75) {
      return new Search("boolean", pick(BOOLEANS, r), 1);
    } else if (x < 0.85) {
      return new Search("field filter", pick(FIELDS, r).formatted(word(r)), 1);
    } else if (x < 0.95) {
      return new Search("date range", pick(RANGES, r).formatted(word(r)), 1);
    }
    return new Search("page 50", word(r), 50);
  }

  private static String word(SplittableRandom r) {
    return pick(WORDS, r);
  }

  private static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }

  static final List<String> KINDS =
      List.of(
          "one word",
          "two words (AND)",
          "phrase",
          "boolean",
          "field filter",
          "date range",
          "page 50");
}
