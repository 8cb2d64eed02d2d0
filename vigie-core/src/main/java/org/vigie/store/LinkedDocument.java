package org.vigie.store;

import java.util.List;
import java.util.Optional;
import org.vigie.document.AnalyzedDocument;

/**
 * A document as the link step hands it to a store: the document with what the linkers set on it
 * (original, story, topics), and the records a store keeps beside it so that later documents can be
 * linked to it.
 *
 * @param signature its near-duplicate signature, if it is an article with enough text
 * @param bandKeys the signature's LSH band keys, by which later documents find it
 * @param story its story record when it joined a story, else {@code null}
 */
public record LinkedDocument(
    AnalyzedDocument document,
    Optional<Signature> signature,
    List<String> bandKeys,
    StoryRecord story) {

  public LinkedDocument {
    signature = signature == null ? Optional.empty() : signature;
    bandKeys = List.copyOf(bandKeys);
  }

  /** A document with nothing linked yet. */
  public static LinkedDocument of(AnalyzedDocument document) {
    return new LinkedDocument(document, Optional.empty(), List.of(), null);
  }

  public LinkedDocument withDocument(AnalyzedDocument changed) {
    return new LinkedDocument(changed, signature, bandKeys, story);
  }

  public LinkedDocument withSignature(Optional<Signature> s, List<String> keys) {
    return new LinkedDocument(document, s, keys, story);
  }

  public LinkedDocument withStory(StoryRecord record) {
    return new LinkedDocument(
        document.toBuilder().storyId(record.story().id()).build(), signature, bandKeys, record);
  }

  /** What writing it adds: an original or a copy. */
  public AddOutcome outcome() {
    return document.duplicateOf() == null ? AddOutcome.ADDED : AddOutcome.COPY;
  }
}
