package org.vigie.web.page;

import java.util.List;

/**
 * A date histogram as a chart and as links: each bar links to the same search restricted to its
 * dates (so it works without JavaScript); with JavaScript, {@code /assets/charts.js} draws the bars
 * from {@link #json()} and selecting a range re-runs the search through {@link #rangeUrl()}.
 *
 * @param json the bars as JSON ({@code [{"start","end","label","count","url"}]}), read from a
 *     {@code data-} attribute
 * @param rangeUrl the search restricted to a range, with {@code __FROM__} and {@code __TO__} to
 *     replace by ISO days
 * @param undated the matches without a publication date, in words ("3 documents sans date"), or
 *     null when every match is dated: they are never charted on the day they were collected
 * @param undatedUrl the same search restricted to them ({@code année:sans-date})
 */
public record HistogramView(
    String caption,
    List<Bar> bars,
    String json,
    String rangeUrl,
    String undated,
    String undatedUrl) {
  public HistogramView {
    bars = List.copyOf(bars);
  }

  /** One bucket: its label, count (formatted) and link. */
  public record Bar(String label, String count, String url) {}

  /** Nothing to show: no dated bar and no undated match. */
  public boolean empty() {
    return bars.isEmpty() && undated == null;
  }
}
