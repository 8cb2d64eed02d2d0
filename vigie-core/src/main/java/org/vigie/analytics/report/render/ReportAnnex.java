package org.vigie.analytics.report.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.vigie.analytics.report.Report;

/**
 * The data behind a report's charts and tables, one row per value: {@code chart, series, label,
 * value} as CSV (RFC 4180, UTF-8) or as JSON lines, then the key figures ({@code chart} {@code
 * figures}, series {@code value} and {@code previous}).
 */
final class ReportAnnex {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportAnnex() {}

  static String csv(Report r, List<ReportCharts.Chart> charts) {
    StringBuilder sb = new StringBuilder("chart,series,label,value\r\n");
    for (Line l : lines(r, charts)) {
      sb.append(cell(l.chart)).append(',').append(cell(l.series)).append(',');
      sb.append(cell(l.label)).append(',').append(l.value).append("\r\n");
    }
    return sb.toString();
  }

  static String jsonl(Report r, List<ReportCharts.Chart> charts) {
    StringBuilder sb = new StringBuilder();
    for (Line l : lines(r, charts)) {
      ObjectNode o = JSON.createObjectNode();
      o.put("chart", l.chart).put("series", l.series).put("label", l.label).put("value", l.value);
      sb.append(o).append('\n');
    }
    return sb.toString();
  }

  private record Line(String chart, String series, String label, long value) {}

  private static List<Line> lines(Report r, List<ReportCharts.Chart> charts) {
    List<Line> lines = new java.util.ArrayList<>();
    for (Report.KeyFigure f : r.keyFigures()) {
      lines.add(new Line("figures", "value", f.key(), f.value()));
      lines.add(new Line("figures", "previous", f.key(), f.previous()));
    }
    for (ReportCharts.Chart c : charts) {
      for (ReportCharts.Row row : c.rows()) {
        lines.add(new Line(c.id(), row.series(), row.label(), row.value()));
      }
    }
    for (Report.StoryLine s : r.stories()) {
      lines.add(new Line("stories", s.id(), s.title(), s.documents()));
    }
    return lines;
  }

  private static String cell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
