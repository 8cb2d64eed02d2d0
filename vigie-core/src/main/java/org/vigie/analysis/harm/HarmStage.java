package org.vigie.analysis.harm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigie.analysis.nlp.Sentence;
import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.Stage;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Quote;
import org.vigie.document.Signal;

/**
 * The {@code harm} stage: harmful speech against groups ({@link HarmClassifier}), as at most two
 * {@link Signal}s of kind {@link Signal#HARM} on the document — the author's own hostile words, and
 * hostile words the document reports (inside a quotation the {@code quotes} stage attributed to
 * someone else, or after a reporting verb), with the speaker when the quotation names one.
 *
 * <p>A short text (a post, a caption: up to {@value #WHOLE_TEXT} characters) is judged whole, as
 * the classifier was trained. A longer one is judged sentence by sentence, and only the sentences
 * that hold a word of the hostility lexicon are scored, so that an article costs little more than a
 * post: a long text's hostility in words the lexicon does not know is not found.
 *
 * <p>Runs after {@code quotes}, on French texts and texts in the region's languages (whose words
 * the lexicons know in part).
 */
public final class HarmStage implements Stage {
  public static final String NAME = "harm";

  /** Texts up to this length are judged as one post. */
  public static final int WHOLE_TEXT = 600;

  private static final Set<String> LANGUAGES =
      Set.of("fra", "bam", "dyu", "ful", "fuv", "ffm", "mos", "wol", "hau", "taq");

  private final HarmClassifier classifier;

  public HarmStage(HarmClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void process(DocumentDraft draft) {
    AnalyzedDocument.Builder doc = draft.document();
    String text = doc.text();
    if (text == null || text.isBlank() || !LANGUAGES.contains(doc.language())) {
      return;
    }
    List<Judged> judged = new ArrayList<>();
    if (text.length() <= WHOLE_TEXT) {
      judged.add(
          new Judged(
              0, text.length(), classifier.classify(text, spans(doc.quotes(), 0, text.length()))));
    } else {
      for (Sentence s : draft.sentences()) {
        String sentence = text.substring(s.start(), s.end());
        Optional<HarmSignal> signal =
            classifier.classifyIfConcerned(sentence, spans(doc.quotes(), s.start(), s.end()));
        signal.ifPresent(v -> judged.add(new Judged(s.start(), s.end(), v)));
      }
    }
    List<Signal> signals = new ArrayList<>(doc.signals());
    own(judged, text).ifPresent(signals::add);
    reported(judged, text, doc.quotes()).ifPresent(signals::add);
    doc.signals(signals);
  }

  /** The quotations inside {@code [from, to)}, in the unit's own offsets. */
  private static List<Span> spans(List<Quote> quotes, int from, int to) {
    List<Span> spans = new ArrayList<>();
    for (Quote q : quotes) {
      int start = Math.max(q.start(), from);
      int end = Math.min(q.end(), to);
      if (start < end) {
        spans.add(new Span(start - from, end - from, q.speaker() == null ? "" : q.speaker()));
      }
    }
    return spans;
  }

  /** The author's own hostility: the units judged hostile. */
  private static Optional<Signal> own(List<Judged> judged, String text) {
    List<Judged> hostile = judged.stream().filter(j -> j.signal.hostile()).toList();
    if (hostile.isEmpty()) {
      return Optional.empty();
    }
    Judged top = strongest(hostile);
    return Optional.of(
        signal(hostile, top.signal.label(), top.signal.score(), false, null, text, true));
  }

  /**
   * Hostile words the document reports rather than says: units not hostile themselves whose lexicon
   * words were found inside a quotation, a report or a denunciation.
   */
  private static Optional<Signal> reported(List<Judged> judged, String text, List<Quote> quotes) {
    List<Judged> reported =
        judged.stream()
            .filter(j -> !j.signal.hostile() && j.signal.reported())
            .filter(j -> !j.signal.categories().isEmpty())
            .toList();
    if (reported.isEmpty()) {
      return Optional.empty();
    }
    Judged top = strongest(reported);
    String speaker = speakerOf(reported, quotes);
    return Optional.of(
        signal(reported, top.signal.label(), top.signal.score(), true, speaker, text, false));
  }

  private static Judged strongest(List<Judged> judged) {
    Judged top = judged.get(0);
    for (Judged j : judged) {
      if (j.signal.score() > top.signal.score()) {
        top = j;
      }
    }
    return top;
  }

  private static Signal signal(
      List<Judged> units,
      String label,
      double score,
      boolean reported,
      String speaker,
      String text,
      boolean withSentences) {
    Set<String> categories = new LinkedHashSet<>();
    Set<String> targets = new LinkedHashSet<>();
    List<Signal.Evidence> evidence = new ArrayList<>();
    for (Judged j : units) {
      categories.addAll(j.signal.categories().stream().sorted().toList());
      targets.addAll(j.signal.targets());
      for (EvidenceSpan e : j.signal.evidence()) {
        evidence.add(
            new Signal.Evidence(j.offset + e.start(), j.offset + e.end(), e.text(), e.kind()));
      }
      if (withSentences && (j.offset > 0 || j.end < text.length())) {
        evidence.add(
            new Signal.Evidence(j.offset, j.end, text.substring(j.offset, j.end), "sentence"));
      }
    }
    evidence.sort(
        (a, b) ->
            a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.end() - b.end());
    return new Signal(
        Signal.HARM,
        label,
        Math.round(score * 1000) / 1000.0,
        List.copyOf(categories),
        List.copyOf(targets),
        evidence,
        reported,
        speaker);
  }

  /** The speaker of the quotation holding the first reported hostile word, or {@code null}. */
  private static String speakerOf(List<Judged> reported, List<Quote> quotes) {
    for (Judged j : reported) {
      for (EvidenceSpan e : j.signal.evidence()) {
        if (e.kind().equals("target") || !j.signal.categories().contains(e.kind())) {
          continue;
        }
        int start = j.offset + e.start();
        for (Quote q : quotes) {
          if (q.speaker() != null && q.start() <= start && start < q.end()) {
            return q.speaker();
          }
        }
      }
    }
    return null;
  }

  /** One judged unit: the whole text or a sentence, {@code [offset, end)} of the text. */
  private record Judged(int offset, int end, HarmSignal signal) {}
}
