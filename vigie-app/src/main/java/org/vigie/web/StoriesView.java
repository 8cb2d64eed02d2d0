package org.vigie.web;

import java.util.List;
import org.vigie.store.StorySummary;

/**
 * The stories page: the stories active most recently, each with its label, span and size.
 *
 * @param stories one line per story, the latest first
 */
public record StoriesView(Chrome chrome, List<Line> stories) {

  /** One story: its label linking to its page, its span in words and its size in words. */
  public record Line(String label, String href, String span, String size) {}

  static StoriesView of(List<StorySummary> stories, Chrome chrome) {
    WebText t = chrome.t();
    return new StoriesView(chrome, stories.stream().map(s -> line(s, t)).toList());
  }

  static Line line(StorySummary s, WebText t) {
    return new Line(label(s, t), "/stories/" + s.id(), span(s, t), size(s, t));
  }

  static String label(StorySummary s, WebText t) {
    return s.label().isBlank() ? t.t("doc.untitled") : s.label();
  }

  static String span(StorySummary s, WebText t) {
    String first = t.date(s.first().toString());
    return s.first().equals(s.last()) ? first : first + " – " + t.date(s.last().toString());
  }

  static String size(StorySummary s, WebText t) {
    return t.t("stories.size", s.size());
  }
}
