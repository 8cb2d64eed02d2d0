package org.vigie.link.dedup;

import java.util.List;
import java.util.Optional;
import org.vigie.document.AnalyzedDocument;
import org.vigie.store.Signature;

/**
 * Vigie's near-duplicate rule: texts whose 5-word shingle sets have an estimated Jaccard similarity
 * of at least {@link #threshold()} are copies of each other. Candidates are found through {@link
 * LshBands} keys and confirmed with the full signatures.
 *
 * <p>The standard settings (128 hashes, 42 bands × 3 rows, threshold 0.5, texts of at least 20
 * shingles) are the ones measured on MasakhaNEWS copies (see docs/BENCHMARKS.md): a pair at the
 * threshold is a candidate with probability 0.996, a pair at similarity 0.2 with 0.29, and pairs of
 * different articles on the same subject score below 0.1. Thread-safe.
 */
public final class NearDuplicateDetector {
  /** Shorter texts (about 25 words) are not compared: a greeting or a headline is no copy. */
  public static final int MIN_SHINGLES = 20;

  /** Share of the smaller text's shingles found in the larger one for the containment case. */
  public static final double MIN_CONTAINMENT = 0.75;

  /** The smaller text's size relative to the larger one for the containment case. */
  public static final double MIN_SIZE_RATIO = 1 / 3.0;

  private static final long SEED = 0x5669676965L;

  private final MinHasher hasher;
  private final LshBands bands;
  private final double threshold;

  public NearDuplicateDetector(MinHasher hasher, LshBands bands, double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.hasher = hasher;
    this.bands = bands;
    this.threshold = threshold;
    bands.keys(hasher.signature("")); // fails early when bands × rows exceed the signature
  }

  /** The settings every store uses; changing them requires re-indexing the band keys. */
  public static NearDuplicateDetector standard() {
    return new NearDuplicateDetector(new MinHasher(5, 128, SEED), new LshBands(42, 3), 0.5);
  }

  /**
   * The signature of a document that takes part in near-duplicate detection: only articles are
   * compared (the same words posted by two accounts are two posts).
   */
  public Optional<Signature> signature(AnalyzedDocument document) {
    return AnalyzedDocument.ARTICLE.equals(document.type())
        ? signature(document.text())
        : Optional.empty();
  }

  /** The signature of a text long enough to be compared, else empty. */
  public Optional<Signature> signature(CharSequence text) {
    Signature s = hasher.signature(text);
    return s.shingles() < MIN_SHINGLES ? Optional.empty() : Optional.of(s);
  }

  public List<String> bandKeys(Signature signature) {
    return bands.keys(signature);
  }

  /**
   * Whether two signatures are near-duplicates under this rule: their estimated Jaccard similarity
   * reaches the threshold, or the smaller text is almost all contained in the other ({@link
   * #MIN_CONTAINMENT} of its shingles) while being at least {@link #MIN_SIZE_RATIO} of its size.
   * The second case catches short articles wrapped in a lot of boilerplate, whose Jaccard
   * similarity falls low; the size ratio keeps a short brief from being taken for a copy of the
   * long article that quotes it.
   */
  public boolean isCopy(Signature a, Signature b) {
    return score(a, b) >= threshold;
  }

  /**
   * How much two texts copy each other, from 0 to 1: the Jaccard estimate, raised to the threshold
   * when the containment case of {@link #isCopy} holds.
   */
  public double score(Signature a, Signature b) {
    double jaccard = a.similarity(b);
    if (jaccard >= threshold) {
      return jaccard;
    }
    int small = Math.min(a.shingles(), b.shingles());
    int large = Math.max(a.shingles(), b.shingles());
    double shared = jaccard * (small + large) / (1 + jaccard);
    boolean contained = shared / small >= MIN_CONTAINMENT && small >= MIN_SIZE_RATIO * large;
    return contained ? threshold : jaccard;
  }

  public double threshold() {
    return threshold;
  }

  public MinHasher hasher() {
    return hasher;
  }

  public LshBands bands() {
    return bands;
  }
}
