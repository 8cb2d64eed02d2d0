package org.vigie.web.page;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.vigie.document.DocumentJson;

/**
 * The JSON a chart reads from its element's {@code data-chart} attribute ({@code
 * /assets/vigie-charts.js} draws it): days on the x axis, one series of counts per name, stacked.
 * Templates escape it like any value, so it cannot break out of the attribute.
 */
public final class ChartData {
  private ChartData() {}

  /** One named series of counts, one per day. */
  public record Series(String name, List<Long> counts) {}

  public static String json(List<LocalDate> days, List<Series> series, String axisLabel) {
    return node(days, series, axisLabel).toString();
  }

  private static ObjectNode node(List<LocalDate> days, List<Series> series, String axisLabel) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("axis", axisLabel);
    ArrayNode d = o.putArray("days");
    days.forEach(day -> d.add(day.toString()));
    ArrayNode s = o.putArray("series");
    for (Series one : series) {
      ObjectNode n = s.addObject().put("name", one.name());
      ArrayNode counts = n.putArray("counts");
      one.counts().forEach(counts::add);
    }
    return o;
  }

  /**
   * A line chart of values per day (not stacked), the y axis from 0 to {@code max}: a ratio as a
   * percentage, say.
   */
  public static String line(List<LocalDate> days, List<Series> series, String axisLabel, long max) {
    ObjectNode o = node(days, series, axisLabel);
    o.put("type", "line");
    o.put("max", max);
    return o.toString();
  }
}
