package org.vigie.analytics.report.render;

/** A builder of well-formed XHTML (what the PDF renderer parses), every text escaped. */
final class Xhtml {
  private final StringBuilder out = new StringBuilder();

  Xhtml raw(String s) {
    out.append(s);
    return this;
  }

  Xhtml text(String s) {
    out.append(escape(s == null ? "" : s));
    return this;
  }

  /** An element holding text: {@code tag} may carry attributes ({@code td class="n"}). */
  Xhtml el(String tag, String text) {
    String name = tag.split(" ", 2)[0];
    out.append('<').append(tag).append('>');
    text(text);
    out.append("</").append(name).append('>');
    return this;
  }

  Xhtml open(String tag) {
    out.append('<').append(tag).append('>');
    return this;
  }

  Xhtml close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** A link around text. */
  Xhtml link(String href, String text) {
    out.append("<a href=\"").append(escape(href)).append("\">");
    text(text);
    out.append("</a>");
    return this;
  }

  /** A table cell holding a link, or the text alone without one. */
  Xhtml cellLink(String cls, String href, String text) {
    out.append(cls == null ? "<td>" : "<td class=\"" + cls + "\">");
    if (href == null || href.isEmpty()) {
      text(text);
    } else {
      link(href, text);
    }
    out.append("</td>");
    return this;
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
          if (c >= 0x20 || c == '\n' || c == '\t') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
