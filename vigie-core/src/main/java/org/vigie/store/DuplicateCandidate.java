package org.vigie.store;

/**
 * A stored document that a new one may copy: its id, the original it copies itself (or {@code
 * null}) and its near-duplicate signature, as a store keeps them beside the document.
 */
public record DuplicateCandidate(String id, String duplicateOf, Signature signature) {
  /** The original this candidate stands for: a copy stands for the document it copies. */
  public String original() {
    return duplicateOf == null ? id : duplicateOf;
  }
}
