package org.vigie.archive.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Signal;
import org.vigie.search.Query;
import org.vigie.search.SearchFields;

/**
 * Harmful speech for review: a document whose own {@code harm} signal (not words it reports or
 * denounces) scores at least the threshold, read at each document so that a new threshold applies
 * at once.
 */
public final class HarmFlagger implements ReviewFlagger {
  /** A post is judged whole: the excerpt is the text up to this length. */
  static final int WHOLE_TEXT = 600;

  private final DoubleSupplier threshold;

  public HarmFlagger(DoubleSupplier threshold) {
    this.threshold = threshold;
  }

  @Override
  public List<ReviewFlag> flags(AnalyzedDocument d) {
    double min = threshold.getAsDouble();
    for (Signal s : d.signals()) {
      if (s.kind().equals(Signal.HARM) && !s.reported() && s.score() >= min) {
        return List.of(
            new ReviewFlag(
                Signal.HARM,
                s.label(),
                s.score(),
                s.categories(),
                s.targets(),
                s.evidence(),
                excerpt(d.text(), s),
                null));
      }
    }
    return List.of();
  }

  @Override
  public Query candidates() {
    return new Query.Term(SearchFields.HARM, "hostile");
  }

  /** A post whole; in a long text, the sentences that scored, else its beginning. */
  static String excerpt(String text, Signal s) {
    if (text.length() <= WHOLE_TEXT) {
      return text;
    }
    List<String> sentences = new ArrayList<>();
    for (Signal.Evidence e : s.evidence()) {
      if (e.kind().equals("sentence")) {
        sentences.add(e.text().strip());
      }
    }
    String joined = String.join(" … ", sentences);
    if (joined.isEmpty()) {
      joined = text.substring(0, WHOLE_TEXT) + "…";
    }
    return joined.length() > 7_000 ? joined.substring(0, 7_000) + "…" : joined;
  }
}
