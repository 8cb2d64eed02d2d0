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
 */
public record HistogramView(String caption, List<Bar> bars, String json, String rangeUrl) {
  public HistogramView {
    bars = List.copyOf(bars);
  }

  /** One bucket: its label, count (formatted) and link. */
  public record Bar(String label, String count, String url) {}

  public boolean empty() {
    return bars.isEmpty();
  }
}
