package org.vigie.document;

import java.util.List;
import java.util.Objects;

/**
 * Something a per-document analysis flags for people to look at, with its evidence: harmful speech
 * ({@link #HARM}) and fact-checked claims the document restates ({@link #CLAIM}). One typed list on
 * the document holds every kind, so a new kind needs no new field in the document, the stores or
 * the exports.
 *
 * @param kind what flagged it ({@link #HARM})
 * @param label one word for people ({@code hostile}, {@code menace}, {@code rapporté}…)
 * @param score 0..1, how sure the analysis is
 * @param categories finer kinds ({@code threat}, {@code slur}, {@code dehumanisation}…)
 * @param targets the groups aimed at or named, in order of first mention ({@code Peuls})
 * @param evidence the ranges of the clean text behind the verdict, in text order
 * @param reported whether the flagged words are someone else's, quoted or reported by the document
 *     (a journalist quoting a hateful speech), rather than the author's own
 * @param speaker who said the reported words, when the quotation names them, or {@code null}
 * @param factCheck for a {@link #CLAIM} signal, the fact-check of the claim the document restates;
 *     else {@code null}
 */
public record Signal(
    String kind,
    String label,
    double score,
    List<String> categories,
    List<String> targets,
    List<Evidence> evidence,
    boolean reported,
    String speaker,
    ClaimReview factCheck) {

  /** Harmful speech: hostility, threats, dehumanisation and slurs against groups. */
  public static final String HARM = "harm";

  /**
   * A claim a fact-checker reviewed, which the document repeats, links to or restates: the label is
   * the verdict ({@code faux}), the categories say how it was matched ({@code url}, {@code media},
   * {@code near-duplicate}, {@code restated}).
   */
  public static final String CLAIM = "claim";

  public Signal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    categories = List.copyOf(categories == null ? List.of() : categories);
    targets = List.copyOf(targets == null ? List.of() : targets);
    evidence = List.copyOf(evidence == null ? List.of() : evidence);
  }

  /** A signal that points to no fact-check (harmful speech…). */
  public Signal(
      String kind,
      String label,
      double score,
      List<String> categories,
      List<String> targets,
      List<Evidence> evidence,
      boolean reported,
      String speaker) {
    this(kind, label, score, categories, targets, evidence, reported, speaker, null);
  }

  /**
   * A range of the document's clean text behind a signal.
   *
   * @param kind what the range is: a lexicon category ({@code threat}), {@code target} for a group
   *     mention, {@code sentence} for the sentence that scored, or a cue ({@code negation}, {@code
   *     reporting}, {@code counter-speech})
   */
  public record Evidence(int start, int end, String text, String kind) {}
}
