package org.vigie.analytics.report.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigie.analytics.report.Report;
import org.vigie.analytics.report.chart.Charts;
import org.vigie.analytics.report.chart.NetworkChart;

/**
 * A report's charts as SVG, each with the rows of data it draws (the annex): the same report gives
 * the same bytes.
 */
public final class ReportCharts {
  /** One chart: its id (the annex's {@code chart} column), title, SVG and data. */
  public record Chart(String id, String title, String svg, List<Row> rows) {
    public Chart {
      rows = List.copyOf(rows);
    }
  }

  /** One value a chart draws: series, label (a day, a name) and value. */
  public record Row(String series, String label, long value) {}

  private ReportCharts() {}

  /** Every chart of a report, in the order of its sections. */
  public static List<Chart> of(Report r, ReportText t) {
    List<Chart> charts = new ArrayList<>();
    charts.add(volume(r, t));
    for (Report.Share s : r.shares()) {
      charts.add(share(s, t));
    }
    charts.add(bars("people", t.t("chart.people"), r.people()));
    charts.add(bars("organisations", t.t("chart.organisations"), r.organisations()));
    charts.add(network(r, t));
    charts.add(harm(r, t));
    return charts;
  }

  /** The chart with this id. */
  public static Chart get(List<Chart> charts, String id) {
    return charts.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static Chart volume(Report r, ReportText t) {
    List<String> labels = new ArrayList<>();
    for (LocalDate d : r.volume().days()) {
      labels.add(String.format("%02d/%02d", d.getDayOfMonth(), d.getMonthValue()));
    }
    List<Charts.Line> lines = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Report.Series s : r.volume().series()) {
      lines.add(new Charts.Line(s.name(), s.counts(), s.spikes()));
      long[] c = s.counts();
      for (int i = 0; i < c.length; i++) {
        rows.add(new Row(s.name(), r.volume().days().get(i).toString(), c[i]));
      }
    }
    String title = t.t("chart.volume");
    return new Chart("volume", title, Charts.lines(title, labels, lines), rows);
  }

  private static Chart share(Report.Share s, ReportText t) {
    List<Charts.Bar> parts = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Report.Ranked v : s.values()) {
      parts.add(new Charts.Bar(v.label(), v.count()));
      rows.add(new Row(s.field(), v.label(), v.count()));
    }
    String title = t.t("chart.share", t.t("share." + s.field()).toLowerCase(t.locale()));
    return new Chart(
        "share-" + s.field(),
        title,
        Charts.share(title, parts, s.total(), t.t("share.others")),
        rows);
  }

  private static Chart bars(String id, String title, List<Report.Ranked> ranked) {
    List<Charts.Bar> bars = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Report.Ranked v : ranked) {
      bars.add(new Charts.Bar(v.label(), v.count()));
      rows.add(new Row(id, v.label(), v.count()));
    }
    return new Chart(id, title, Charts.bars(title, bars), rows);
  }

  private static Chart network(Report r, ReportText t) {
    List<NetworkChart.Node> nodes = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Report.Network n = r.network();
    for (int i = 0; i < n.nodes().size(); i++) {
      long[] size = n.sizes().get(i);
      nodes.add(new NetworkChart.Node(n.nodes().get(i), size[0], size[1] == 1));
      rows.add(new Row(size[1] == 1 ? "organisation" : "person", n.nodes().get(i), size[0]));
    }
    List<NetworkChart.Link> links = new ArrayList<>();
    for (Report.Edge e : n.edges()) {
      links.add(new NetworkChart.Link(e.a(), e.b(), e.documents()));
      rows.add(
          new Row("together", n.nodes().get(e.a()) + " + " + n.nodes().get(e.b()), e.documents()));
    }
    String title = t.t("chart.network");
    return new Chart("network", title, NetworkChart.svg(title, nodes, links), rows);
  }

  private static Chart harm(Report r, ReportText t) {
    List<String> labels = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    long[] perDay = r.harm().perDay();
    for (int i = 0; i < perDay.length; i++) {
      LocalDate d = r.volume().days().get(i);
      labels.add(String.format("%02d/%02d", d.getDayOfMonth(), d.getMonthValue()));
      rows.add(new Row("hostile", d.toString(), perDay[i]));
    }
    String title = t.t("chart.harm");
    return new Chart(
        "harm",
        title,
        Charts.lines(title, labels, List.of(new Charts.Line("hostile", perDay, List.of()))),
        rows);
  }
}
