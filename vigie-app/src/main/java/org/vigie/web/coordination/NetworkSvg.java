package org.vigie.web.coordination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.vigie.archive.coordination.CoordinationRecords.Edge;
import org.vigie.archive.coordination.CoordinationRecords.Member;

/**
 * A group's network drawn server-side as SVG: accounts as circles sized by their coordinated shares
 * and shaded by platform, edges as lines as thick as their weight. The layout is a force-directed
 * one (Fruchterman–Reingold) from a fixed seed, so the same group always gives the same picture;
 * the largest groups show their {@link #MAX_NODES} most active accounts. Names are escaped; nothing
 * in the drawing runs.
 */
final class NetworkSvg {
  static final int MAX_NODES = 150;
  private static final int WIDTH = 760;
  private static final int HEIGHT = 520;
  private static final int MARGIN = 40;

  /** Room on the right for the last labels. */
  private static final int LABEL_ROOM = 170;

  private static final int ITERATIONS = 300;
  private static final Map<String, String> FILL =
      Map.of(
          "telegram", "#2a7ab0",
          "x", "#222222",
          "twitter", "#222222",
          "facebook", "#3b5998",
          "youtube", "#b00020",
          "tiktok", "#5a5a5a",
          "instagram", "#8a3ab9");

  private NetworkSvg() {}

  static String draw(List<Member> members, List<Edge> edges, String ariaLabel) {
    List<Member> shown =
        members.stream()
            .sorted(
                Comparator.comparingInt(Member::coordinated)
                    .reversed()
                    .thenComparing(Member::account))
            .limit(MAX_NODES)
            .toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < shown.size(); i++) {
      index.put(shown.get(i).account(), i);
    }
    List<int[]> links = new ArrayList<>();
    List<Edge> linked = new ArrayList<>();
    for (Edge e : edges) {
      Integer a = index.get(e.accountA());
      Integer b = index.get(e.accountB());
      if (a != null && b != null) {
        links.add(new int[] {a, b});
        linked.add(e);
      }
    }
    double[][] p = layout(shown.size(), links);
    int maxWeight = linked.stream().mapToInt(Edge::weight).max().orElse(1);
    int maxShares = shown.stream().mapToInt(Member::coordinated).max().orElse(1);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(escape(ariaLabel))
        .append("\">");
    svg.append("<g class=\"edges\" stroke=\"#888\" stroke-opacity=\"0.7\">");
    for (int k = 0; k < links.size(); k++) {
      int[] l = links.get(k);
      double width = 0.8 + 4.0 * Math.sqrt(linked.get(k).weight() / (double) maxWeight);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.2f\"><title>%s"
                  + " — %s : %d</title></line>",
              p[l[0]][0],
              p[l[0]][1],
              p[l[1]][0],
              p[l[1]][1],
              width,
              escape(shown.get(l[0]).label()),
              escape(shown.get(l[1]).label()),
              linked.get(k).weight()));
    }
    svg.append("</g><g class=\"nodes\" stroke=\"#fff\" stroke-width=\"1.5\">");
    boolean labels = shown.size() <= 40;
    for (int i = 0; i < shown.size(); i++) {
      Member m = shown.get(i);
      double r = 5 + 12 * Math.sqrt(m.coordinated() / (double) maxShares);
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"account\" data-account=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\""
                  + " fill=\"%s\"><title>%s (%s) : %d</title></circle>",
              escape(m.account()),
              p[i][0],
              p[i][1],
              r,
              FILL.getOrDefault(m.platform(), "#777777"),
              escape(m.label()),
              escape(m.platform()),
              m.coordinated()));
      if (labels) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" stroke=\"none\" fill=\"#111\">%s</text>",
                p[i][0] + r + 2,
                p[i][1] + 4,
                escape(m.label())));
      }
    }
    svg.append("</g></svg>");
    return svg.toString();
  }

  /**
   * Coordinated pairs per hour as a small bar chart (one bar per hour from the first to the last,
   * empty hours included), with the first and last hours written under it.
   */
  static String activity(java.util.SortedMap<Long, Long> hours, String ariaLabel) {
    if (hours.isEmpty()) {
      return "";
    }
    long first = hours.firstKey();
    long last = hours.lastKey();
    int span = (int) Math.min(24 * 31, last - first + 1);
    long max = hours.values().stream().mapToLong(Long::longValue).max().orElse(1);
    int width = 240;
    int height = 40;
    double bar = width / (double) span;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"activity\" viewBox=\"0 0 %d %d\""
                + " width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
            width,
            height,
            width,
            height,
            escape(ariaLabel)));
    for (var e : hours.entrySet()) {
      int x = (int) (e.getKey() - first);
      if (x >= span) {
        break;
      }
      double h = Math.max(1, (height - 2) * e.getValue() / (double) max);
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"#444\"><title>%s"
                  + " : %d</title></rect>",
              x * bar,
              height - h,
              Math.max(1, bar - 0.5),
              h,
              java.time.Instant.ofEpochSecond(e.getKey() * 3600).toString().substring(0, 13) + "h",
              e.getValue()));
    }
    return svg.append("</svg>").toString();
  }

  /** Fruchterman–Reingold positions inside the drawing, from a fixed seed. */
  static double[][] layout(int n, List<int[]> links) {
    double[][] p = new double[n][2];
    Random random = new Random(42);
    double w = WIDTH - MARGIN - LABEL_ROOM;
    double h = HEIGHT - 2.0 * MARGIN;
    for (double[] xy : p) {
      xy[0] = random.nextDouble() * w;
      xy[1] = random.nextDouble() * h;
    }
    if (n == 1) {
      p[0][0] = w / 2;
      p[0][1] = h / 2;
    }
    double k = Math.sqrt(w * h / Math.max(1, n));
    double temperature = w / 10;
    for (int it = 0; it < ITERATIONS && n > 1; it++) {
      double[][] d = new double[n][2];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double dx = p[i][0] - p[j][0];
          double dy = p[i][1] - p[j][1];
          double dist = Math.max(0.01, Math.hypot(dx, dy));
          double f = k * k / dist;
          d[i][0] += dx / dist * f;
          d[i][1] += dy / dist * f;
          d[j][0] -= dx / dist * f;
          d[j][1] -= dy / dist * f;
        }
      }
      for (int[] l : links) {
        double dx = p[l[0]][0] - p[l[1]][0];
        double dy = p[l[0]][1] - p[l[1]][1];
        double dist = Math.max(0.01, Math.hypot(dx, dy));
        double f = dist * dist / k;
        d[l[0]][0] -= dx / dist * f;
        d[l[0]][1] -= dy / dist * f;
        d[l[1]][0] += dx / dist * f;
        d[l[1]][1] += dy / dist * f;
      }
      for (int i = 0; i < n; i++) {
        // a pull to the centre keeps separate pieces of a group on the drawing
        d[i][0] += (w / 2 - p[i][0]) * 0.15;
        d[i][1] += (h / 2 - p[i][1]) * 0.15;
        double len = Math.max(0.01, Math.hypot(d[i][0], d[i][1]));
        double step = Math.min(len, temperature);
        p[i][0] = Math.min(w, Math.max(0, p[i][0] + d[i][0] / len * step));
        p[i][1] = Math.min(h, Math.max(0, p[i][1] + d[i][1] / len * step));
      }
      temperature *= 0.985;
    }
    for (double[] xy : p) {
      xy[0] += MARGIN;
      xy[1] += MARGIN;
    }
    return p;
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
