package org.vigie.link.topics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.document.AnalyzedDocument;

/**
 * Precision and recall of each topic of a taxonomy on a {@link LabelledTexts labelled set}: a text
 * tagged with a topic it is about is a true positive; tagged with a topic it is neither about nor
 * maybe about, a false positive; not tagged with a topic it is about, a false negative. The texts'
 * hard negatives ({@code not}) are also counted apart: how many were tagged anyway.
 */
public final class TopicEvaluation {
  private TopicEvaluation() {}

  /** One topic's counts. */
  public record Score(String topic, int tp, int fp, int fn, int hardNegatives, int hardTagged) {
    /** Of the texts tagged, the share about the topic; 1 when none was tagged. */
    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    /** Of the texts about the topic, the share tagged; 1 when none is about it. */
    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }
  }

  /** A tag the labels say is wrong, or a missing one: for reading what to fix. */
  public record Miss(String text, String topic, boolean falsePositive) {}

  /** Per topic in taxonomy order, the misses, and the texts read. */
  public record Result(List<Score> scores, List<Miss> misses, int texts) {
    /** The topics whose precision is below {@code floor}. */
    public List<Score> below(double floor) {
      return scores.stream().filter(s -> s.precision() < floor).toList();
    }

    /** Precision over all tags (micro-average). */
    public double precision() {
      int tp = scores.stream().mapToInt(Score::tp).sum();
      int fp = scores.stream().mapToInt(Score::fp).sum();
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    /** Recall over all labels (micro-average). */
    public double recall() {
      int tp = scores.stream().mapToInt(Score::tp).sum();
      int fn = scores.stream().mapToInt(Score::fn).sum();
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }
  }

  /** Tags every text with {@code tagger} and scores each topic of {@code taxonomy}. */
  public static Result run(
      TopicTagger tagger, List<Topic> taxonomy, List<LabelledTexts.Text> texts) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    taxonomy.forEach(t -> counts.put(t.id(), new int[5]));
    List<Miss> misses = new ArrayList<>();
    for (LabelledTexts.Text text : texts) {
      Set<String> tagged = new HashSet<>(tagger.topicsOf(document(text)));
      for (var e : counts.entrySet()) {
        count(text, e.getKey(), tagged.contains(e.getKey()), e.getValue(), misses);
      }
    }
    List<Score> scores = new ArrayList<>();
    counts.forEach((id, c) -> scores.add(new Score(id, c[0], c[1], c[2], c[3], c[4])));
    return new Result(List.copyOf(scores), List.copyOf(misses), texts.size());
  }

  /** Counts [tp, fp, fn, hard negatives, hard negatives tagged]. */
  private static void count(
      LabelledTexts.Text text, String topic, boolean tagged, int[] c, List<Miss> misses) {
    boolean about = text.topics().contains(topic);
    if (text.not().contains(topic)) {
      c[3]++;
      c[4] += tagged ? 1 : 0;
    }
    if (about && tagged) {
      c[0]++;
    } else if (about) {
      c[2]++;
      misses.add(new Miss(text.id(), topic, false));
    } else if (tagged && !text.maybe().contains(topic)) {
      c[1]++;
      misses.add(new Miss(text.id(), topic, true));
    }
  }

  /** A labelled text as the monitor sees an article: its title and its text. */
  static AnalyzedDocument document(LabelledTexts.Text text) {
    return AnalyzedDocument.builder()
        .id(text.id())
        .type(AnalyzedDocument.ARTICLE)
        .language("fra")
        .sourceId("labelled")
        .fetchedAt(Instant.EPOCH)
        .title(text.title().isBlank() ? null : text.title())
        .text(text.text())
        .build();
  }
}
