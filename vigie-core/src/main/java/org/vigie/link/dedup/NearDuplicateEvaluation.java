package org.vigie.link.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.vigie.document.ContentId;
import org.vigie.store.DuplicateCandidate;
import org.vigie.store.Signature;

/**
 * Measures a {@link NearDuplicateDetector} on a test set built from real articles: every article
 * gets one generated copy ({@link CopyGenerator}), one in five a second one; originals and copies
 * are shuffled and fed one by one to a {@link DuplicateLinker}, as an ingest would. A link is right
 * when it joins two texts of the same article; every other article is a negative, same-category
 * articles (which share vocabulary) included.
 *
 * <p>Precision = right links / links made; recall = right links / documents that should have been
 * linked (every text of an article after the first one seen). Deterministic for a seed.
 */
public final class NearDuplicateEvaluation {
  private NearDuplicateEvaluation() {}

  /**
   * What the evaluation found.
   *
   * @param articles distinct articles in the test set
   * @param repeats articles of the data set that repeat another one word for word, left out
   * @param excluded articles left out because they are too short to compare ({@link
   *     NearDuplicateDetector#MIN_SHINGLES})
   * @param copies generated copies
   * @param expectedLinks documents that copy one seen before them
   * @param rightLinks links to the right article
   * @param wrongLinks links to another article
   * @param minCopySimilarity the lowest estimated Jaccard between a copy and its article
   * @param maxSameCategorySimilarity the highest estimated Jaccard between two different articles
   *     of the same category
   * @param sameCategoryPairs how many such pairs were compared
   * @param signatureMicros mean time to compute one signature and its band keys
   * @param linkMicros mean time to find one document's original among those seen before
   */
  public record Result(
      int articles,
      int repeats,
      int excluded,
      int copies,
      int expectedLinks,
      int rightLinks,
      int wrongLinks,
      double minCopySimilarity,
      double maxSameCategorySimilarity,
      long sameCategoryPairs,
      double signatureMicros,
      double linkMicros) {

    public double precision() {
      int made = rightLinks + wrongLinks;
      return made == 0 ? 1 : rightLinks / (double) made;
    }

    public double recall() {
      return expectedLinks == 0 ? 1 : rightLinks / (double) expectedLinks;
    }

    /** A plain-text report. */
    public String table() {
      return String.format(
          Locale.ROOT,
          "articles %d (left out: %d exact repeats, %d too short), copies %d, documents %d%n"
              + "links expected %d, right %d, wrong %d%n"
              + "precision %.4f, recall %.4f%n"
              + "lowest copy similarity %.3f, highest same-category similarity %.3f (%d pairs)%n"
              + "per document: signature %.1f µs, lookup %.1f µs%n",
          articles,
          repeats,
          excluded,
          copies,
          articles + copies,
          expectedLinks,
          rightLinks,
          wrongLinks,
          precision(),
          recall(),
          minCopySimilarity,
          maxSameCategorySimilarity,
          sameCategoryPairs,
          signatureMicros,
          linkMicros);
    }
  }

  private record Text(int article, String text) {}

  /** Builds the test set from the articles with this seed and scores the detector on it. */
  public static Result run(NearDuplicateDetector detector, List<NewsArticle> all, long seed) {
    List<NewsArticle> distinct = distinct(all);
    List<NewsArticle> articles =
        distinct.stream().filter(a -> detector.signature(a.asDocument()).isPresent()).toList();
    Random random = new Random(seed);
    CopyGenerator generator = new CopyGenerator(random);
    List<Text> texts = new ArrayList<>();
    int copies = 0;
    for (int i = 0; i < articles.size(); i++) {
      texts.add(new Text(i, articles.get(i).asDocument()));
      for (int n = random.nextInt(5) == 0 ? 2 : 1; n > 0; n--) {
        texts.add(new Text(i, generator.copy(articles.get(i))));
        copies++;
      }
    }
    Collections.shuffle(texts, random);
    return score(
        detector,
        articles,
        all.size() - distinct.size(),
        distinct.size() - articles.size(),
        texts,
        copies);
  }

  /** The articles without the data set's own exact repeats (same text), first one kept. */
  private static List<NewsArticle> distinct(List<NewsArticle> all) {
    Map<String, NewsArticle> byText = new LinkedHashMap<>();
    all.forEach(a -> byText.putIfAbsent(ContentId.ofText(a.asDocument()), a));
    return List.copyOf(byText.values());
  }

  private static Result score(
      NearDuplicateDetector detector,
      List<NewsArticle> articles,
      int repeats,
      int excluded,
      List<Text> texts,
      int copies) {
    long signing = 0;
    long linking = 0;
    DuplicateLinker linker = new DuplicateLinker(detector);
    Map<String, Integer> articleOf = new HashMap<>();
    Map<Integer, Signature> firstSeen = new HashMap<>();
    double minCopy = 1;
    int expected = 0;
    int right = 0;
    int wrong = 0;
    for (int i = 0; i < texts.size(); i++) {
      Text t = texts.get(i);
      long start = System.nanoTime();
      Signature s = detector.signature(t.text()).orElseThrow();
      List<String> keys = detector.bandKeys(s);
      long signed = System.nanoTime();
      String original = linker.originalOf(s, keys, k -> List.of());
      String id = Integer.toString(i);
      linker.remember(new DuplicateCandidate(id, original, s), keys);
      linking += System.nanoTime() - signed;
      signing += signed - start;
      articleOf.put(id, t.article());
      Signature first = firstSeen.putIfAbsent(t.article(), s);
      if (first != null) {
        expected++;
        minCopy = Math.min(minCopy, s.similarity(first));
      }
      if (original != null) {
        if (articleOf.get(original) == t.article()) {
          right++;
        } else {
          wrong++;
        }
      }
    }
    long[] pairs = new long[1];
    double maxNegative = maxSameCategorySimilarity(detector, articles, pairs);
    return new Result(
        articles.size(),
        repeats,
        excluded,
        copies,
        expected,
        right,
        wrong,
        minCopy,
        maxNegative,
        pairs[0],
        signing / 1e3 / texts.size(),
        linking / 1e3 / texts.size());
  }

  /** Compares every pair of different articles of the same category. */
  private static double maxSameCategorySimilarity(
      NearDuplicateDetector detector, List<NewsArticle> articles, long[] pairs) {
    List<Signature> signatures =
        articles.stream().map(a -> detector.signature(a.asDocument()).orElseThrow()).toList();
    double max = 0;
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        if (articles.get(i).category().equals(articles.get(j).category())) {
          pairs[0]++;
          max = Math.max(max, signatures.get(i).similarity(signatures.get(j)));
        }
      }
    }
    return max;
  }
}
