package org.vigie.analytics.report.chart;

import java.util.List;

/**
 * Who is named with whom, as a small network: nodes on a circle (people as circles, organisations
 * as squares, the area growing with their documents), edges as wide as the documents naming both,
 * the count written on each edge. Deterministic: the layout is the nodes' order.
 */
public final class NetworkChart {
  private NetworkChart() {}

  /** A node: its label, its documents, and whether it is an organisation. */
  public record Node(String label, long documents, boolean organisation) {}

  /** Two nodes (indexes) named in {@code documents} documents together. */
  public record Link(int a, int b, long documents) {}

  public static String svg(String title, List<Node> nodes, List<Link> links) {
    int size = 420;
    Svg svg = new Svg(Charts.WIDTH, size, title);
    double cx = Charts.WIDTH / 2.0;
    double cy = size / 2.0;
    double radius = 150;
    int n = Math.max(1, nodes.size());
    double[] x = new double[nodes.size()];
    double[] y = new double[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      x[i] = cx + radius * Math.cos(angle);
      y[i] = cy + radius * Math.sin(angle);
    }
    long maxLink = 1;
    for (Link l : links) {
      maxLink = Math.max(maxLink, l.documents());
    }
    for (Link l : links) {
      double w = 0.8 + 5.0 * l.documents() / maxLink;
      svg.line(x[l.a()], y[l.a()], x[l.b()], y[l.b()], "#7a7a7a", w, "");
      svg.text(
          (x[l.a()] + x[l.b()]) / 2,
          (y[l.a()] + y[l.b()]) / 2 - 2,
          Long.toString(l.documents()),
          "middle",
          9,
          false);
    }
    long maxNode = 1;
    for (Node node : nodes) {
      maxNode = Math.max(maxNode, node.documents());
    }
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      double r = 6 + 12 * Math.sqrt((double) node.documents() / maxNode);
      if (node.organisation()) {
        svg.rect(x[i] - r, y[i] - r, 2 * r, 2 * r, "#d9822b", "#111111");
      } else {
        svg.circle(x[i], y[i], r, "#1f3b5a", "#111111");
      }
      boolean below = y[i] >= cy;
      String anchor = Math.abs(x[i] - cx) < 20 ? "middle" : x[i] > cx ? "start" : "end";
      double tx = anchor.equals("middle") ? x[i] : x[i] + (x[i] > cx ? r + 4 : -r - 4);
      double ty = anchor.equals("middle") ? (below ? y[i] + r + 14 : y[i] - r - 6) : y[i] + 4;
      svg.text(
          tx, ty, Svg.shorten(node.label(), 28) + " (" + node.documents() + ")", anchor, 10, false);
    }
    return svg.done();
  }
}
