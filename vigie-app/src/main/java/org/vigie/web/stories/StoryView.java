package org.vigie.web.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigie.document.AnalyzedDocument;
import org.vigie.store.StorySummary;
import org.vigie.web.page.ChartData;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Links;
import org.vigie.web.page.WebText;

/**
 * A story's page: its label, span and size, and its documents on a timeline, one step per day,
 * oldest first.
 *
 * @param days the timeline: each day with the documents published on it
 * @param chart documents per day from its first to its last day, for the timeline chart ({@link
 *     ChartData}), or {@code null} when no document is dated
 */
public record StoryView(
    Chrome chrome, String label, String span, String size, List<Day> days, String chart) {

  /** One day of the timeline. */
  public record Day(String date, String isoDate, List<Entry> documents) {}

  /** One document: its site, title (linking to its page) and the source it was collected from. */
  public record Entry(String site, String title, String href, String source) {}

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
        String day = d.published() == null ? t.t("year.undated") : t.date(d.published());
        days.add(new Day(day, iso, entries));
      }
      entries.add(entry(d, t));
    }
    return new StoryView(
        chrome,
        Links.storyLabel(story, t),
        Links.storySpan(story, t),
        Links.storySize(story, t),
        days.stream().map(d -> new Day(d.date(), d.isoDate(), List.copyOf(d.documents()))).toList(),
        chart(days, t));
  }

  /** Documents per day, empty days included, from the first dated day to the last. */
  private static String chart(List<Day> days, WebText t) {
    java.util.TreeMap<LocalDate, Long> counts = new java.util.TreeMap<>();
    for (Day d : days) {
      if (!d.isoDate().isEmpty()) {
        counts.merge(LocalDate.parse(d.isoDate()), (long) d.documents().size(), Long::sum);
      }
    }
    if (counts.isEmpty()) {
      return null;
    }
    List<LocalDate> axis = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    LocalDate last = counts.lastKey();
    for (LocalDate d = counts.firstKey(); !d.isAfter(last); d = d.plusDays(1)) {
      axis.add(d);
      values.add(counts.getOrDefault(d, 0L));
    }
    String name = t.t("story.chart.series");
    return ChartData.json(axis, List.of(new ChartData.Series(name, values)), name);
  }

  private static Entry entry(AnalyzedDocument d, WebText t) {
    String site =
        d.site() != null
            ? d.site()
            : Links.sourceLabel(d.sourceId() == null ? "—" : d.sourceId(), t);
    String source = d.sourceId() == null ? "—" : Links.sourceLabel(d.sourceId(), t);
    return new Entry(site, Links.displayTitle(d, t), "/documents/" + d.id(), source);
  }
}
