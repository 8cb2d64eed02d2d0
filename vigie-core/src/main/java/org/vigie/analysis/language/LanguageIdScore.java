package org.vigie.analysis.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores language-identification answers against corpus labels, the way the issue "Understand
 * French news" asks.
 *
 * <p>Gold labels are turned into the codes detectors report: {@code arb} and {@code ary} into
 * {@code ara}, {@code fuv} into {@code ful}; {@code bam} and {@code dyu} stay. Two views:
 *
 * <ul>
 *   <li><b>per language</b>, strict: only {@code bam} is right for Bambara, so {@code man} counts
 *       as a miss;
 *   <li><b>per group</b>, for the macro-F1 over French, English, Arabic, Wolof, Mooré, Hausa,
 *       Fulfulde and Manding: the Manding group is Bambara and Dyula texts on the gold side and
 *       {@code bam}, {@code dyu} or {@code man} answers on the predicted side.
 * </ul>
 *
 * <p>Texts of other languages (Tamasheq in SIB-200) count too: wrongly called Wolof, they lower
 * Wolof's precision.
 */
public record LanguageIdScore(
    Map<String, PrecisionRecall> languages,
    Map<String, PrecisionRecall> groups,
    Map<String, Map<String, Integer>> confusion,
    int texts) {

  /** The groups the macro-F1 averages over, by the code of their answer. */
  public static final List<String> MACRO_GROUPS =
      List.of("fra", "eng", "ara", "wol", "mos", "hau", "ful", "man");

  private static final Set<String> MANDING = Set.of("bam", "dyu", "man");

  /**
   * @param goldLabels corpus labels, one per text
   * @param predicted detector codes, in the same order
   */
  public static LanguageIdScore of(List<String> goldLabels, List<String> predicted) {
    if (goldLabels.size() != predicted.size()) {
      throw new IllegalArgumentException(
          goldLabels.size() + " gold labels but " + predicted.size() + " answers");
    }
    List<String> gold = goldLabels.stream().map(LanguageIdScore::goldCode).toList();
    List<String> goldGroups = gold.stream().map(LanguageIdScore::group).toList();
    List<String> predictedGroups = predicted.stream().map(LanguageIdScore::group).toList();
    return new LanguageIdScore(
        count(gold, predicted, new TreeSet<>(gold)),
        count(goldGroups, predictedGroups, MACRO_GROUPS),
        confusion(gold, predicted),
        gold.size());
  }

  /** The code a detector should answer for a corpus label. */
  public static String goldCode(String label) {
    return switch (label) {
      case "arb", "ary" -> "ara";
      case "fuv", "fuf", "fuc", "ffm" -> "ful";
      default -> label;
    };
  }

  private static String group(String code) {
    return MANDING.contains(code) ? "man" : code;
  }

  private static Map<String, PrecisionRecall> count(
      List<String> gold, List<String> predicted, Iterable<String> classes) {
    Map<String, PrecisionRecall> result = new LinkedHashMap<>();
    for (String c : classes) {
      int tp = 0;
      int p = 0;
      int g = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean isGold = gold.get(i).equals(c);
        boolean isPredicted = predicted.get(i).equals(c);
        tp += isGold && isPredicted ? 1 : 0;
        p += isPredicted ? 1 : 0;
        g += isGold ? 1 : 0;
      }
      result.put(c, new PrecisionRecall(tp, p, g));
    }
    return result;
  }

  private static Map<String, Map<String, Integer>> confusion(
      List<String> gold, List<String> predicted) {
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    for (int i = 0; i < gold.size(); i++) {
      table
          .computeIfAbsent(gold.get(i), k -> new TreeMap<>())
          .merge(predicted.get(i), 1, Integer::sum);
    }
    return table;
  }

  /** Mean F1 over {@link #MACRO_GROUPS}. */
  public double macroF1() {
    return MACRO_GROUPS.stream().mapToDouble(g -> groups.get(g).f1()).average().orElse(0);
  }

  /** F1 of Bambara alone: gold {@code bam}, answer {@code bam}. */
  public double bambaraF1() {
    PrecisionRecall bam = languages.get("bam");
    return bam == null ? 0 : bam.f1();
  }

  /** Every code answered, in alphabetical order: the confusion table's columns. */
  public List<String> answeredCodes() {
    TreeSet<String> codes = new TreeSet<>();
    confusion.values().forEach(row -> codes.addAll(row.keySet()));
    return new ArrayList<>(codes);
  }
}
