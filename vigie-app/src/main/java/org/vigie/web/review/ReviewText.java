package org.vigie.web.review;

import java.util.ArrayList;
import java.util.List;
import org.vigie.document.Signal;
import org.vigie.web.review.ReviewView.Part;

/**
 * Cuts a flagged text into paragraphs of runs, marking the evidence ranges (the words the lexicon
 * knows, the groups named; never the whole sentences that scored, which would mark everything).
 */
final class ReviewText {
  private ReviewText() {}

  static List<List<Part>> paragraphs(String text, List<Signal.Evidence> evidence) {
    List<Signal.Evidence> marks =
        evidence.stream()
            .filter(e -> !e.kind().equals("sentence"))
            .filter(e -> e.start() >= 0 && e.end() <= text.length() && e.start() < e.end())
            .sorted(java.util.Comparator.comparingInt(Signal.Evidence::start))
            .toList();
    List<List<Part>> paragraphs = new ArrayList<>();
    List<Part> current = new ArrayList<>();
    int at = 0;
    for (Signal.Evidence m : marks) {
      if (m.start() < at) {
        continue; // overlaps the mark before
      }
      plain(text.substring(at, m.start()), current, paragraphs);
      current.add(new Part(text.substring(m.start(), m.end()), m.kind()));
      at = m.end();
    }
    plain(text.substring(at), current, paragraphs);
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    return paragraphs;
  }

  /** Adds unmarked text, starting a new paragraph at each blank line. */
  private static void plain(String s, List<Part> current, List<List<Part>> paragraphs) {
    String[] pieces = s.split("\\n\\s*\\n", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0 && !current.isEmpty()) {
        paragraphs.add(new ArrayList<>(current));
        current.clear();
      }
      if (!pieces[i].isEmpty()) {
        current.add(new Part(pieces[i], null));
      }
    }
  }
}
