package org.vigie.analysis.harm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Says whether a French text is hostile towards a group, combining the statistical {@link
 * HarmModel} with a rule layer: the {@link HarmLexicon} of slurs, dehumanising metaphors,
 * stigmatising labels and calls to violence, target-group detection, and the context cues of {@link
 * ContextCues} (negation, reporting, counter-speech, the caller's quotation spans).
 *
 * <p>Rules decide when they apply: an active slur, threat, dehumanisation or stigmatising label
 * aimed at a group makes the text hostile; hostile words that are all negated, reported or
 * denounced make it not hostile; profanity without a group is not hostile. With no rule, the model
 * decides, and only when the text names a group (its training posts mix insults with hostility
 * towards groups). Thread-safe; load once and share.
 *
 * <pre>{@code
 * HarmClassifier harm = HarmClassifier.load();
 * HarmSignal s = harm.classify("Il faudrait les chasser du pays, ces cafards.");
 * s.hostile(); // true, categories [threat, dehumanisation]
 * }</pre>
 */
public final class HarmClassifier {
  /**
   * How sure the model must be to call a text hostile alone, without a rule: higher than its own
   * 0.5, because its training posts call many neutral mentions of groups hostile.
   */
  static final double MODEL_ALONE = 0.65;

  private final HarmModel model;
  private final HarmLexicon lexicon;
  private final HarmLexicon targets;

  public HarmClassifier(HarmModel model, HarmLexicon lexicon, HarmLexicon targets) {
    this.model = model;
    this.lexicon = lexicon;
    this.targets = targets;
  }

  /** The classifier with the shipped model and lexicons. */
  public static HarmClassifier load() {
    return new HarmClassifier(HarmModel.load(), HarmLexicon.hostility(), HarmLexicon.targets());
  }

  public HarmModel model() {
    return model;
  }

  public HarmSignal classify(String text) {
    return classify(text, List.of());
  }

  /**
   * @param quotedSpansWithSpeaker ranges of {@code text} that quote another speaker; hostile words
   *     inside them are reported
   */
  public HarmSignal classify(String text, List<Span> quotedSpansWithSpeaker) {
    NormalizedText normalized = HarmNormalizer.normalize(text);
    return judge(
        normalized, quotedSpansWithSpeaker, targets.match(normalized), lexicon.match(normalized));
  }

  /**
   * The verdict on a text that holds a word of the hostility lexicon, or empty for one that holds
   * none: what the harm stage asks of each sentence of a long article, so that the model only reads
   * the few sentences that could be hostile (news name groups all the time: a group's name alone is
   * not enough to be read).
   */
  public Optional<HarmSignal> classifyIfConcerned(String text, List<Span> quotedSpansWithSpeaker) {
    NormalizedText normalized = HarmNormalizer.normalize(text);
    List<HarmLexicon.Hit> hostileHits = lexicon.match(normalized);
    if (hostileHits.isEmpty()) {
      return Optional.empty();
    }
    List<HarmLexicon.Hit> groupHits = targets.match(normalized);
    return Optional.of(judge(normalized, quotedSpansWithSpeaker, groupHits, hostileHits));
  }

  private HarmSignal judge(
      NormalizedText normalized,
      List<Span> quotedSpansWithSpeaker,
      List<HarmLexicon.Hit> groupHits,
      List<HarmLexicon.Hit> hostileHits) {
    ContextCues context = new ContextCues(normalized, quotedSpansWithSpeaker);
    List<int[]> groups = groupHits.stream().map(h -> new int[] {h.from(), h.to()}).toList();
    Verdict v = new Verdict();
    for (HarmLexicon.Hit h : groupHits) {
      v.targets.add(h.entry().target());
      v.evidence.add(context.evidence(h.from(), h.to(), "target"));
    }
    for (HarmLexicon.Hit h : hostileHits) {
      judge(h, groups, context, v);
    }
    v.evidence.addAll(context.cues());
    double modelScore = modelScore(normalized.original());
    return v.signal(modelScore, !groups.isEmpty());
  }

  /** The model's hostility score: the mean of its heads (hostility in general, racism). */
  public double modelScore(String text) {
    return model.scores(text).values().stream()
        .mapToDouble(Double::doubleValue)
        .average()
        .orElse(0);
  }

  private static void judge(HarmLexicon.Hit h, List<int[]> groups, ContextCues context, Verdict v) {
    LexiconEntry e = h.entry();
    boolean applies =
        switch (e.category()) {
          case LexiconEntry.SLUR -> true;
          case LexiconEntry.THREAT ->
              context.hasPronoun(h.from(), h.to())
                  || context.groupNear(groups, h.from(), h.to(), 8);
          case LexiconEntry.STIGMA -> context.attributed(groups, h.from(), h.to());
          default -> context.groupNear(groups, h.from(), h.to(), 8);
        };
    if (!applies) {
      if (e.category().equals(LexiconEntry.PROFANITY)) {
        v.profanity = true;
        v.evidence.add(context.evidence(h.from(), h.to(), e.category()));
      }
      return;
    }
    if (!e.target().isEmpty()) {
      v.targets.add(e.target());
    }
    v.categories.add(e.category());
    v.evidence.add(context.evidence(h.from(), h.to(), e.category()));
    switch (context.status(h.from(), h.to(), e.pattern())) {
      case ACTIVE -> v.active(e);
      case NEGATED -> v.negated = true;
      case REPORTED -> v.reported = true;
      case DENOUNCED -> v.denounced = true;
    }
  }

  /** What the rules found, gathered while judging the hits. */
  private static final class Verdict {
    final Set<String> categories = new LinkedHashSet<>();
    final Set<String> targets = new LinkedHashSet<>();
    final List<EvidenceSpan> evidence = new ArrayList<>();
    final Set<String> activeCategories = new LinkedHashSet<>();
    int severity;
    boolean negated;
    boolean reported;
    boolean denounced;
    boolean profanity;

    void active(LexiconEntry e) {
      activeCategories.add(e.category());
      severity = Math.max(severity, e.severity());
    }

    HarmSignal signal(double modelScore, boolean namesGroup) {
      evidence.sort(
          Comparator.comparingInt(EvidenceSpan::start).thenComparingInt(EvidenceSpan::end));
      boolean neutralised = negated || reported || denounced;
      boolean hostile;
      double score;
      String label;
      if (!activeCategories.isEmpty()) {
        hostile = true;
        score = Math.max(modelScore, Math.min(0.99, 0.6 + 0.13 * severity));
        label = hostileLabel();
      } else if (neutralised || !namesGroup) {
        hostile = false;
        score = Math.min(modelScore, 0.45);
        label =
            denounced
                ? "dénoncé"
                : reported ? "rapporté" : negated ? "nié" : profanity ? "grossièreté" : "neutre";
      } else {
        hostile = modelScore >= MODEL_ALONE;
        score = hostile ? modelScore : Math.min(modelScore, 0.49);
        label = hostile ? "hostile" : "neutre";
      }
      return new HarmSignal(
          hostile,
          score,
          label,
          Set.copyOf(categories),
          List.copyOf(targets),
          List.copyOf(evidence),
          reported || denounced);
    }

    private String hostileLabel() {
      if (activeCategories.contains(LexiconEntry.THREAT)) {
        return "menace";
      }
      if (activeCategories.contains(LexiconEntry.DEHUMANISATION)) {
        return "déshumanisation";
      }
      return activeCategories.contains(LexiconEntry.SLUR) ? "insulte" : "hostile";
    }
  }
}
