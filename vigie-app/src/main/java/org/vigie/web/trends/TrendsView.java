package org.vigie.web.trends;

import java.util.List;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Counted;
import org.vigie.web.page.Option;

/**
 * Volumes over time of several series (topics, entities, sources, queries) on one chart, spikes
 * marked; also as a table for readers without JavaScript.
 *
 * @param rows the periods where some series has a document (the chart keeps the empty ones, the
 *     table leaves them out)
 * @param undated per series with undated documents: its name, "N documents sans date" and the
 *     search listing them; they are on no period, never on the day they were collected
 * @param frequent when no series was asked: the note that the most frequent topics are shown
 * @param json the chart's data ({@code {"labels":[…],"series":[{"name","data","spikes"}]}})
 */
public record TrendsView(
    Chrome chrome,
    List<String> inputs,
    List<Option> intervals,
    List<String> seriesLabels,
    List<Row> rows,
    List<String> spikes,
    List<Counted> undated,
    List<Counted> suggestions,
    String json,
    String apiUrl,
    String frequent,
    String error) {

  /** One bucket: its label and each series' count, a spike flagged. */
  public record Row(String label, List<Cell> cells) {}

  public record Cell(String count, boolean spike) {}
}
