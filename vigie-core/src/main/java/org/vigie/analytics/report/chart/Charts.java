package org.vigie.analytics.report.chart;

import java.util.List;

/**
 * Deterministic SVG charts drawn in Java for reports: the same data give the same bytes, readable
 * in black and white (lightness, dash patterns and marker shapes tell series apart, values are
 * written beside bars), with a {@code <title>} for screen readers.
 */
public final class Charts {
  static final int WIDTH = 640;

  private Charts() {}

  /** A named series of values, one per x label. */
  public record Line(String name, long[] values, List<Integer> marks) {
    public Line {
      values = values.clone();
      marks = List.copyOf(marks == null ? List.of() : marks);
    }

    @Override
    public long[] values() {
      return values.clone();
    }
  }

  /** A labelled value. */
  public record Bar(String label, long value) {}

  /** Volume over time: one line per series, marked points where a series stands out. */
  public static String lines(String title, List<String> xLabels, List<Line> series) {
    int height = 240 + 16 * ((series.size() + 2) / 3);
    Svg svg = new Svg(WIDTH, height, title);
    double left = 48;
    double right = WIDTH - 16;
    double top = 16;
    double bottom = 200;
    long max = 1;
    for (Line l : series) {
      for (long v : l.values) {
        max = Math.max(max, v);
      }
    }
    long step = Svg.step(max);
    long axisMax = ((max + step - 1) / step) * step;
    for (long t = 0; t <= axisMax; t += step) {
      double y = bottom - (bottom - top) * t / axisMax;
      svg.line(left, y, right, y, "#cccccc", 0.6, t == 0 ? "" : "2 2");
      svg.text(left - 6, y + 4, Long.toString(t), "end", 10, false);
    }
    int n = xLabels.size();
    double dx = n > 1 ? (right - left) / (n - 1) : 0;
    int every = Math.max(1, (int) Math.ceil(n / 10.0));
    for (int i = 0; i < n; i += every) {
      svg.text(left + i * dx, bottom + 16, xLabels.get(i), "middle", 10, false);
    }
    for (int s = 0; s < series.size(); s++) {
      Line l = series.get(s);
      double[] xy = new double[2 * l.values.length];
      for (int i = 0; i < l.values.length; i++) {
        xy[2 * i] = left + i * dx;
        xy[2 * i + 1] = bottom - (bottom - top) * l.values[i] / axisMax;
      }
      String colour = Svg.FILLS.get(s % Svg.FILLS.size());
      svg.polyline(xy, colour, 2, Svg.DASHES.get(s % Svg.DASHES.size()));
      for (int i = 0; i < l.values.length; i++) {
        svg.marker(s, xy[2 * i], xy[2 * i + 1], l.marks.contains(i) ? "#111111" : "#ffffff");
      }
    }
    legend(svg, series.stream().map(Line::name).toList(), bottom + 34, true);
    return svg.done();
  }

  /** Top values as horizontal bars, the value written at each bar's end. */
  public static String bars(String title, List<Bar> bars) {
    int rowHeight = 20;
    int height = 16 + rowHeight * Math.max(1, bars.size());
    Svg svg = new Svg(WIDTH, height, title);
    double labelWidth = 220;
    double left = labelWidth + 8;
    double right = WIDTH - 56;
    long max = 1;
    for (Bar b : bars) {
      max = Math.max(max, b.value());
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = 8 + i * rowHeight;
      double w = (right - left) * b.value() / max;
      svg.text(labelWidth, y + 13, Svg.shorten(b.label(), 38), "end", 11, false);
      svg.rect(left, y + 2, w, rowHeight - 6, Svg.FILLS.getFirst(), null);
      svg.text(left + w + 4, y + 13, Long.toString(b.value()), "start", 11, true);
    }
    return svg.done();
  }

  /**
   * Shares of a whole as one stacked bar, each part in its own fill and numbered, with a legend
   * giving each part's name, count and percentage; what the parts leave of {@code total} is
   * "others".
   */
  public static String share(String title, List<Bar> parts, long total, String others) {
    long shown = parts.stream().mapToLong(Bar::value).sum();
    List<Bar> all = new java.util.ArrayList<>(parts);
    if (total > shown) {
      all.add(new Bar(others, total - shown));
    }
    int height = 60 + 18 * ((all.size() + 1) / 2);
    Svg svg = new Svg(WIDTH, height, title);
    double left = 16;
    double right = WIDTH - 16;
    double x = left;
    double sum = Math.max(1, Math.max(total, shown));
    for (int i = 0; i < all.size(); i++) {
      double w = (right - left) * all.get(i).value() / sum;
      String fill = Svg.FILLS.get(i % Svg.FILLS.size());
      svg.rect(x, 10, w, 28, fill, "#111111");
      if (w > 18) {
        svg.circle(x + w / 2, 24, 7, "#ffffff", "#111111");
        svg.text(x + w / 2, 28, Integer.toString(i + 1), "middle", 9, true);
      }
      x += w;
    }
    for (int i = 0; i < all.size(); i++) {
      Bar b = all.get(i);
      double lx = left + (i % 2) * (WIDTH / 2.0);
      double ly = 58 + (i / 2) * 18;
      svg.rect(lx, ly - 9, 10, 10, Svg.FILLS.get(i % Svg.FILLS.size()), "#111111");
      String pct = Svg.n(100.0 * b.value() / sum);
      svg.text(
          lx + 16,
          ly,
          (i + 1) + ". " + Svg.shorten(b.label(), 30) + " — " + b.value() + " (" + pct + " %)",
          "start",
          10,
          false);
    }
    return svg.done();
  }

  private static void legend(Svg svg, List<String> names, double y, boolean lines) {
    for (int s = 0; s < names.size(); s++) {
      double x = 48 + (s % 3) * 196;
      double ly = y + (s / 3) * 16;
      String colour = Svg.FILLS.get(s % Svg.FILLS.size());
      if (lines) {
        svg.line(x, ly - 4, x + 24, ly - 4, colour, 2, Svg.DASHES.get(s % Svg.DASHES.size()));
        svg.marker(s, x + 12, ly - 4, "#ffffff");
      }
      svg.text(x + 30, ly, Svg.shorten(names.get(s), 26), "start", 10, false);
    }
  }
}
