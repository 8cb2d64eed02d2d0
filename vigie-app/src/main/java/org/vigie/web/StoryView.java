package org.vigie.web;

import java.util.ArrayList;
import java.util.List;
import org.vigie.document.AnalyzedDocument;
import org.vigie.stories.StorySummary;

/**
 * A story's page: its label, span and size, and its documents on a timeline, one step per day,
 * oldest first.
 *
 * @param days the timeline: each day with the documents published on it
 */
public record StoryView(Chrome chrome, String label, String span, String size, List<Day> days) {

  /** One day of the timeline. */
  public record Day(String date, String isoDate, List<Entry> documents) {}

  /** One document: its site and title, linking to its page. */
  public record Entry(String site, String title, String href) {}

  static StoryView of(StorySummary story, List<AnalyzedDocument> documents, Chrome chrome) {
    WebText t = chrome.t();
    List<Day> days = new ArrayList<>();
    String current = null;
    List<Entry> entries = null;
    for (AnalyzedDocument d : documents) {
      String iso = d.published() == null ? "" : d.published().substring(0, 10);
      if (!iso.equals(current)) {
        current = iso;
        entries = new ArrayList<>();
        days.add(new Day(t.date(d.published()), iso, entries));
      }
      entries.add(entry(d, t));
    }
    return new StoryView(
        chrome,
        StoriesView.label(story, t),
        StoriesView.span(story, t),
        StoriesView.size(story, t),
        days.stream()
            .map(d -> new Day(d.date(), d.isoDate(), List.copyOf(d.documents())))
            .toList());
  }

  private static Entry entry(AnalyzedDocument d, WebText t) {
    String site =
        d.site() != null
            ? d.site()
            : SearchPage.sourceLabel(d.sourceId() == null ? "—" : d.sourceId(), t);
    return new Entry(site, SearchPage.displayTitle(d, t), "/documents/" + d.id());
  }
}
