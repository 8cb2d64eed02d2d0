package org.vigie.link.dedup;

import java.util.List;
import java.util.Optional;
import org.vigie.link.spi.Linker;
import org.vigie.store.DocumentStore;
import org.vigie.store.DuplicateCandidate;
import org.vigie.store.LinkedDocument;
import org.vigie.store.Signature;

/**
 * Links a near-duplicate article to the original it copies. The signature is computed before the id
 * is held; the store's candidates are read outside the linker's lock, so that two writes read them
 * at once; the choice of the original (those candidates plus the documents written since the last
 * refresh, which the {@link DuplicateLinker} remembers) runs under the lock, so that two copies
 * written together cannot both become originals.
 */
public final class DuplicateLinking implements Linker {
  private final NearDuplicateDetector detector;
  private final DuplicateLinker linker;

  public DuplicateLinking(NearDuplicateDetector detector) {
    this.detector = detector;
    this.linker = new DuplicateLinker(detector);
  }

  public static DuplicateLinking standard() {
    return new DuplicateLinking(NearDuplicateDetector.standard());
  }

  @Override
  public LinkedDocument prepare(LinkedDocument document) {
    Optional<Signature> signature = detector.signature(document.document());
    return document.withSignature(signature, signature.map(detector::bandKeys).orElse(List.of()));
  }

  @Override
  public LinkedDocument link(LinkedDocument document, DocumentStore store) {
    if (document.signature().isEmpty()) {
      return document;
    }
    List<DuplicateCandidate> indexed =
        document.document().duplicateOf() == null
            ? store.candidates(document.bandKeys())
            : List.of();
    synchronized (linker) {
      return document.withDocument(
          linker.link(
              document.document(), document.signature(), document.bandKeys(), k -> indexed));
    }
  }

  @Override
  public void refreshed() {
    synchronized (linker) {
      linker.forgetPending();
    }
  }
}
