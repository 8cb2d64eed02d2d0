package org.vigie.link.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.document.AnalyzedDocument;
import org.vigie.store.DuplicateCandidate;
import org.vigie.store.Signature;

/**
 * Decides which stored document a new one copies, for any store: candidates come from the store's
 * searchable documents ({@link StoredCandidates}, a term query on band keys) and from the documents
 * added since the store's last refresh, which the linker remembers itself ({@link #remember}) until
 * the store tells it they became searchable ({@link #forgetPending}).
 *
 * <p>A copy is always linked to an original, never to another copy: a candidate that is itself a
 * copy stands for its original.
 *
 * <p>Not thread-safe: the store calls {@link #originalOf} and {@link #remember} for one document
 * under one lock, so that two copies arriving together cannot both become originals.
 */
public final class DuplicateLinker {
  private final NearDuplicateDetector detector;
  private final Map<String, List<DuplicateCandidate>> pending = new HashMap<>();

  public DuplicateLinker(NearDuplicateDetector detector) {
    this.detector = detector;
  }

  /** Where a store finds its searchable documents sharing a band key. */
  @FunctionalInterface
  public interface StoredCandidates {
    /** Documents having any of the keys, most shared keys first; a few dozen at most. */
    List<DuplicateCandidate> withAnyKey(List<String> bandKeys);
  }

  /**
   * The id of the original a document with this signature copies, or {@code null} when it is an
   * original itself: the most similar confirmed candidate wins.
   */
  public String originalOf(Signature signature, List<String> keys, StoredCandidates stored) {
    Map<String, DuplicateCandidate> candidates = new LinkedHashMap<>();
    for (String key : keys) {
      for (DuplicateCandidate c : pending.getOrDefault(key, List.of())) {
        candidates.putIfAbsent(c.id(), c);
      }
    }
    for (DuplicateCandidate c : stored.withAnyKey(keys)) {
      candidates.putIfAbsent(c.id(), c);
    }
    DuplicateCandidate best = null;
    double bestSimilarity = -1;
    for (DuplicateCandidate c : candidates.values()) {
      double s = detector.score(signature, c.signature());
      if (s >= detector.threshold() && s > bestSimilarity) {
        best = c;
        bestSimilarity = s;
      }
    }
    return best == null ? null : best.original();
  }

  /** Makes a just-added document a candidate for the next ones until {@link #forgetPending}. */
  public void remember(DuplicateCandidate added, List<String> keys) {
    for (String key : keys) {
      pending.computeIfAbsent(key, k -> new ArrayList<>(1)).add(added);
    }
  }

  /** Called by the store once every remembered document is searchable. */
  public void forgetPending() {
    pending.clear();
  }

  public NearDuplicateDetector detector() {
    return detector;
  }

  /**
   * The document with its original set when it copies one (or as it is when it has no signature),
   * remembered for the next adds. The store calls this under the lock that also reserves the id.
   */
  public AnalyzedDocument link(
      AnalyzedDocument document,
      Optional<Signature> signature,
      List<String> keys,
      StoredCandidates stored) {
    if (signature.isEmpty()) {
      return document;
    }
    String original = document.duplicateOf();
    if (original == null) {
      original = originalOf(signature.get(), keys, stored);
    }
    remember(new DuplicateCandidate(document.id(), original, signature.get()), keys);
    return original == null ? document : document.toBuilder().duplicateOf(original).build();
  }
}
