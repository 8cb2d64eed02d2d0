package org.vigie.analytics.report.chart;

import java.util.List;

/**
 * A small SVG writer whose output depends only on what is drawn: coordinates are written with at
 * most one decimal in a fixed format, attributes in a fixed order, no time, random id or locale, so
 * the same data give the same bytes. Text is escaped.
 */
final class Svg {
  /** Fills told apart in black and white by their lightness, darkest first. */
  static final List<String> FILLS =
      List.of(
          "#1f3b5a", "#d9822b", "#7a9cc6", "#3d3d3d", "#f2c57c", "#9e9e9e", "#5b7f3a", "#e0e0e0");

  /** Dash patterns of lines told apart without colour. */
  static final List<String> DASHES = List.of("", "6 3", "2 2", "8 3 2 3", "1 3", "10 4");

  static final String FONT = "DejaVu Sans";

  private final StringBuilder out = new StringBuilder();

  Svg(int width, int height, String title) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" font-family=\"")
        .append(FONT)
        .append("\" font-size=\"11\" role=\"img\">");
    out.append("<title>").append(escape(title)).append("</title>");
    out.append("<rect x=\"0\" y=\"0\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" fill=\"#ffffff\"/>");
  }

  /** A number as SVG wants it: one decimal at most, no exponent, {@code .} as separator. */
  static String n(double v) {
    long tenths = Math.round(v * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    String sign = tenths < 0 ? "-" : "";
    long a = Math.abs(tenths);
    return sign + a / 10 + "." + a % 10;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
    out.append("<line x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(n(width))
        .append('"');
    dash(dash);
    out.append("/>");
    return this;
  }

  Svg rect(double x, double y, double w, double h, String fill, String stroke) {
    out.append("<rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(Math.max(0, w)))
        .append("\" height=\"")
        .append(n(Math.max(0, h)))
        .append("\" fill=\"")
        .append(fill)
        .append('"');
    if (stroke != null) {
      out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.8\"");
    }
    out.append("/>");
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String stroke) {
    out.append("<circle cx=\"")
        .append(n(cx))
        .append("\" cy=\"")
        .append(n(cy))
        .append("\" r=\"")
        .append(n(r))
        .append("\" fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"1\"/>");
    return this;
  }

  /** A polyline through points given as x, y, x, y… */
  Svg polyline(double[] xy, String stroke, double width, String dash) {
    out.append("<polyline fill=\"none\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(n(width))
        .append('"');
    dash(dash);
    out.append(" points=\"");
    for (int i = 0; i + 1 < xy.length; i += 2) {
      out.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
    }
    out.append("\"/>");
    return this;
  }

  /**
   * Text at a point.
   *
   * @param anchor {@code start}, {@code middle} or {@code end}
   */
  Svg text(double x, double y, String text, String anchor, int size, boolean bold) {
    out.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" font-size=\"")
        .append(size)
        .append('"');
    if (bold) {
      out.append(" font-weight=\"bold\"");
    }
    out.append(" fill=\"#111111\">").append(escape(text)).append("</text>");
    return this;
  }

  /** A marker of series {@code i}: circle, square, triangle, diamond… told apart without colour. */
  Svg marker(int i, double x, double y, String fill) {
    double r = 3;
    switch (i % 4) {
      case 0 -> circle(x, y, r, fill, "#111111");
      case 1 -> rect(x - r, y - r, 2 * r, 2 * r, fill, "#111111");
      case 2 ->
          out.append("<polygon points=\"")
              .append(n(x))
              .append(',')
              .append(n(y - r - 0.5))
              .append(' ')
              .append(n(x + r))
              .append(',')
              .append(n(y + r))
              .append(' ')
              .append(n(x - r))
              .append(',')
              .append(n(y + r))
              .append("\" fill=\"")
              .append(fill)
              .append("\" stroke=\"#111111\" stroke-width=\"1\"/>");
      default ->
          out.append("<polygon points=\"")
              .append(n(x))
              .append(',')
              .append(n(y - r - 0.5))
              .append(' ')
              .append(n(x + r + 0.5))
              .append(',')
              .append(n(y))
              .append(' ')
              .append(n(x))
              .append(',')
              .append(n(y + r + 0.5))
              .append(' ')
              .append(n(x - r - 0.5))
              .append(',')
              .append(n(y))
              .append("\" fill=\"")
              .append(fill)
              .append("\" stroke=\"#111111\" stroke-width=\"1\"/>");
    }
    return this;
  }

  private void dash(String dash) {
    if (dash != null && !dash.isEmpty()) {
      out.append(" stroke-dasharray=\"").append(dash).append('"');
    }
  }

  String done() {
    return out + "</svg>";
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** A label shortened to {@code max} characters, with an ellipsis. */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** A round step for an axis reaching {@code max} in about five ticks. */
  static long step(long max) {
    if (max <= 5) {
      return 1;
    }
    long raw = (max + 4) / 5;
    long pow = 1;
    while (pow * 10 <= raw) {
      pow *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (m * pow >= raw) {
        return m * pow;
      }
    }
    return 10 * pow;
  }
}
