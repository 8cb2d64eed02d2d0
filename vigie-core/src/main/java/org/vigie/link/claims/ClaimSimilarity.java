package org.vigie.link.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How closely a text restates a claim, 0..1, from their terms ({@link ClaimVocabulary}), each
 * weighted by its rarity among the known claims. The claim's terms are of two kinds: who or where
 * ({@link ClaimVocabulary#named}: Ménaka, the army, Sonko) and what happened (abandoned, killed,
 * sterile). How much of the claim the text holds is the geometric mean of the two coverages, so
 * that a text about the same people and places but another event ("la MINUSMA a remis le camp de
 * Kidal") scores low, and so does the same event elsewhere. How much of the text is about the claim
 * counts half as much (F-measure, β² = 2): a post that adds "partagez !" still restates the claim.
 * When both give figures and none agree, the score is halved: "500 civils tués" is not "12 soldats
 * tués". Pure function; thread-safe.
 */
public final class ClaimSimilarity {
  private static final double BETA2 = 2.0;

  /** A coverage below this counts as this, so that one missing kind lowers but does not zero. */
  private static final double FLOOR = 0.1;

  private static final double NUMBER_WEIGHT = 1.5;
  private static final double FIGURES_DISAGREE = 0.5;

  private ClaimSimilarity() {}

  /**
   * @param named the claim's terms that name who or where
   * @param weight a term's weight (its rarity among the known claims)
   */
  public static double score(
      List<String> claim, Set<String> named, List<String> text, ToDoubleFunction<String> weight) {
    Set<String> c = new HashSet<>(claim);
    Set<String> t = new HashSet<>(text);
    if (c.isEmpty() || t.isEmpty()) {
      return 0;
    }
    double[] namedCover = new double[2];
    double[] otherCover = new double[2];
    for (String term : c) {
      double w = weigh(term, weight);
      double[] cover = named.contains(term) ? namedCover : otherCover;
      cover[1] += w;
      if (t.contains(term)) {
        cover[0] += w;
      }
    }
    double shared = namedCover[0] + otherCover[0];
    if (shared == 0) {
      return 0;
    }
    double textTotal = 0;
    for (String term : t) {
      textTotal += weigh(term, weight);
    }
    double recall = recall(namedCover, otherCover);
    double precision = shared / textTotal;
    double f = (1 + BETA2) * precision * recall / (BETA2 * precision + recall);
    return figuresDisagree(c, t) ? f * FIGURES_DISAGREE : f;
  }

  /** The geometric mean of both coverages when the claim has terms of both kinds. */
  private static double recall(double[] named, double[] other) {
    if (named[1] == 0 || other[1] == 0) {
      return (named[0] + other[0]) / (named[1] + other[1]);
    }
    double n = Math.max(named[0] / named[1], FLOOR);
    double o = Math.max(other[0] / other[1], FLOOR);
    return Math.sqrt(n * o);
  }

  private static double weigh(String term, ToDoubleFunction<String> weight) {
    double w = weight.applyAsDouble(term);
    return term.startsWith(ClaimVocabulary.NUMBER) ? w * NUMBER_WEIGHT : w;
  }

  /** Both give figures and share none. */
  private static boolean figuresDisagree(Set<String> claim, Set<String> text) {
    boolean claimHas = false;
    boolean textHas = false;
    for (String term : claim) {
      if (term.startsWith(ClaimVocabulary.NUMBER) && !isYear(term)) {
        claimHas = true;
        if (text.contains(term)) {
          return false;
        }
      }
    }
    for (String term : text) {
      textHas |= term.startsWith(ClaimVocabulary.NUMBER) && !isYear(term);
    }
    return claimHas && textHas;
  }

  /** Years say when, not how many. */
  private static boolean isYear(String numberTerm) {
    String digits = numberTerm.substring(ClaimVocabulary.NUMBER.length());
    return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
  }
}
