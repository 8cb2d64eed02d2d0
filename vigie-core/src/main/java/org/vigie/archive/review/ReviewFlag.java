package org.vigie.archive.review;

import java.util.List;
import org.vigie.document.Signal;

/**
 * What a {@link ReviewFlagger} proposes for the queue about one document.
 *
 * @param kind what flagged it ({@code harm}; later {@code lexicon}, {@code claim}): one document
 *     enters the queue once per kind
 * @param label one word for people, as the analysis labelled it ({@code menace})
 * @param score 0..1
 * @param categories finer kinds, in the analysis's codes
 * @param targets the groups concerned
 * @param evidence ranges of the document's clean text behind the flag
 * @param excerpt the words judged: a post whole, the sentences that scored in a long text
 * @param groupKey the key of the group to review it with when the flagger knows one better than
 *     story and duplicates ({@code claim:ID} for documents restating one claim), or {@code null}
 */
public record ReviewFlag(
    String kind,
    String label,
    double score,
    List<String> categories,
    List<String> targets,
    List<Signal.Evidence> evidence,
    String excerpt,
    String groupKey) {

  public ReviewFlag {
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(label, "label");
    categories = List.copyOf(categories == null ? List.of() : categories);
    targets = List.copyOf(targets == null ? List.of() : targets);
    evidence = List.copyOf(evidence == null ? List.of() : evidence);
    excerpt = excerpt == null ? "" : excerpt;
  }
}
