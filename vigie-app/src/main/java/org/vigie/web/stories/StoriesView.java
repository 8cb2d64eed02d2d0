package org.vigie.web.stories;

import java.util.List;
import org.vigie.store.StorySummary;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Links;
import org.vigie.web.page.WebText;

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
    return new Line(
        Links.storyLabel(s, t), Links.story(s), Links.storySpan(s, t), Links.storySize(s, t));
  }
}
