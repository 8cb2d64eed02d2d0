package org.vigie.link.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the known claims a document carries. First by address: the document is a page or post where
 * the claim was seen, or links to or shows a picture or video where it was seen (score 1). Then by
 * its words: a text up to {@value #WHOLE_TEXT} characters is compared whole, a longer one sentence
 * by sentence and by two sentences in a row; for each unit the {@value #CANDIDATES} claims sharing
 * the rarest terms are retrieved from the {@link ClaimIndex} and scored ({@link ClaimSimilarity});
 * a claim scoring at least {@link #threshold()} is matched, as a near-duplicate when it scores
 * {@value #NEAR_DUPLICATE} and the text holds that share of the claim's words as written.
 * Thread-safe.
 */
public final class ClaimMatcher {
  /**
   * The score from which a text restates a claim, chosen on the labelled claim/post pairs
   * (docs/HARM.md, "Fact-checks": best F1 on the tuning half).
   */
  public static final double THRESHOLD = 0.52;

  /** Texts up to this length are compared whole, as a post. */
  public static final int WHOLE_TEXT = 600;

  static final int CANDIDATES = 10;
  static final double NEAR_DUPLICATE = 0.85;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\n\\s*\\n");

  private final ClaimIndex index;
  private final double threshold;

  public ClaimMatcher(ClaimIndex index) {
    this(index, THRESHOLD);
  }

  public ClaimMatcher(ClaimIndex index, double threshold) {
    this.index = index;
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  public ClaimIndex index() {
    return index;
  }

  /**
   * The claims this document carries, best first, one match per claim.
   *
   * @param text the clean text
   * @param addresses the document's own address, then what it links to or shows (may hold nulls)
   */
  public List<ClaimMatch> match(String text, List<String> addresses) {
    Map<Long, ClaimMatch> best = new LinkedHashMap<>();
    for (int i = 0; i < addresses.size(); i++) {
      String method = i == 0 ? ClaimMatch.URL : ClaimMatch.MEDIA;
      for (ClaimIndex.Entry e : index.seenAt(addresses.get(i))) {
        keep(best, new ClaimMatch(e.claim(), 1.0, method, 0, 0));
      }
    }
    if (text != null && !text.isBlank() && index.size() > 0) {
      for (int[] unit : units(text)) {
        matchUnit(text, unit[0], unit[1], best);
      }
    }
    List<ClaimMatch> found = new ArrayList<>(best.values());
    found.sort(Comparator.comparingDouble(ClaimMatch::score).reversed());
    return found;
  }

  /** How closely {@code text} restates the claim, 0..1, as {@link #match} scores it. */
  public double score(KnownClaim claim, String text) {
    ClaimIndex.Entry e = index.get(claim.id());
    ClaimVocabulary v = index.vocabulary();
    String c = claim.review().claim();
    return ClaimSimilarity.score(
        e != null ? e.terms() : v.terms(c),
        e != null ? e.named() : v.named(c),
        v.terms(text),
        index::weight);
  }

  private void matchUnit(String text, int start, int end, Map<Long, ClaimMatch> best) {
    List<String> terms = index.vocabulary().terms(text.substring(start, end));
    for (ClaimIndex.Entry e : index.candidates(terms, CANDIDATES)) {
      double s = ClaimSimilarity.score(e.terms(), e.named(), terms, index::weight);
      if (s >= threshold) {
        String unit = text.substring(start, end);
        String method =
            s >= NEAR_DUPLICATE && sameWords(e.claim().review().claim(), unit)
                ? ClaimMatch.NEAR_DUPLICATE
                : ClaimMatch.RESTATED;
        keep(best, new ClaimMatch(e.claim(), round(s), method, start, end));
      }
    }
  }

  /** Whether the text holds nearly every word of the claim as written (not only its concepts). */
  private static boolean sameWords(String claim, String text) {
    java.util.Set<String> words = new java.util.HashSet<>();
    ClaimVocabulary.words(text).forEach(w -> words.add(w.folded()));
    int kept = 0;
    int shared = 0;
    for (ClaimVocabulary.Word w : ClaimVocabulary.words(claim)) {
      if (w.folded().length() > 3) {
        kept++;
        shared += words.contains(w.folded()) ? 1 : 0;
      }
    }
    return kept > 0 && shared >= NEAR_DUPLICATE * kept;
  }

  private static void keep(Map<Long, ClaimMatch> best, ClaimMatch m) {
    best.merge(m.claim().id(), m, (a, b) -> b.score() > a.score() ? b : a);
  }

  /** The text whole when short, else each sentence and each two in a row: {start, end} pairs. */
  static List<int[]> units(String text) {
    if (text.length() <= WHOLE_TEXT) {
      return List.of(new int[] {0, text.length()});
    }
    List<int[]> sentences = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int from = 0;
    while (m.find()) {
      if (m.start() > from) {
        sentences.add(new int[] {from, m.start()});
      }
      from = m.end();
    }
    if (from < text.length()) {
      sentences.add(new int[] {from, text.length()});
    }
    List<int[]> windows = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      windows.add(sentences.get(i));
      if (i + 1 < sentences.size()) {
        windows.add(new int[] {sentences.get(i)[0], sentences.get(i + 1)[1]});
      }
    }
    return windows;
  }

  private static double round(double s) {
    return Math.round(s * 1000) / 1000.0;
  }
}
