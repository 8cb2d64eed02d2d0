package org.vigie.analytics.report.render;

import java.util.Base64;
import java.util.List;
import org.vigie.analytics.report.Report;
import org.vigie.analytics.report.ReportSection;

/**
 * A report as one XHTML document: cover, table of contents, sections with inline SVG charts and
 * linked figures. The same markup is the self-contained HTML file (and e-mail body) and, with the
 * print style (page numbers, contents with page numbers, bookmarks), the PDF's source.
 */
public final class ReportHtml {
  private static final String STYLE =
      "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#111;line-height:1.35;}"
          + "h1{font-size:22pt;margin:0 0 8pt 0;}h2{font-size:15pt;border-bottom:1.5pt solid #1f3b5a;"
          + "padding-bottom:2pt;margin-top:18pt;}h3{font-size:11.5pt;margin:10pt 0 4pt 0;}"
          + "table{border-collapse:collapse;width:100%;margin:4pt 0 8pt 0;}"
          + "th,td{border-bottom:0.5pt solid #999;padding:3pt 5pt;text-align:left;vertical-align:top;}"
          + "thead th{border-bottom:1pt solid #111;}td.n,th.n{text-align:right;}"
          + "td.big{font-size:13pt;font-weight:bold;}a{color:#1f3b5a;}"
          + ".note{color:#444;font-size:8.5pt;}.chart{margin:6pt 0;}.chart svg{max-width:100%;}"
          + ".quote{margin:0 0 8pt 0;padding-left:8pt;border-left:2pt solid #d9822b;}"
          + ".said{margin:0;font-style:italic;}.who{margin:1pt 0 0 0;font-size:9pt;}"
          + ".cover{margin-bottom:16pt;}.cover .org{font-size:12pt;font-weight:bold;}"
          + ".cover img{max-height:60pt;}.toc ol{padding-left:14pt;}";

  private static final String PRINT =
      "@page{size:A4;margin:18mm 16mm 20mm 16mm;"
          + "@bottom-center{content:counter(page) ' / ' counter(pages);font-family:'DejaVu Sans';"
          + "font-size:8pt;color:#444;}}"
          + ".cover{page-break-after:always;padding-top:60mm;}.section{page-break-inside:auto;}"
          + "h2{page-break-after:avoid;}.chart,.quote,tr{page-break-inside:avoid;}"
          + ".toc a::after{content:leader('.') target-counter(attr(href), page);}"
          + ".toc li{margin:2pt 0;}";

  private ReportHtml() {}

  /** The self-contained HTML file: one file, charts inline, no script, no external resource. */
  public static String html(Report r, List<ReportCharts.Chart> charts) {
    return document(r, charts, false);
  }

  /** The XHTML the PDF is drawn from. */
  static String forPdf(Report r, List<ReportCharts.Chart> charts) {
    return document(r, charts, true);
  }

  /** The report's title: its own, else its template's. */
  public static String title(Report r, ReportText t) {
    String own = r.spec().title();
    return own != null && !own.isBlank() ? own : t.t("title." + r.spec().template().code());
  }

  private static String document(Report r, List<ReportCharts.Chart> charts, boolean pdf) {
    ReportText t = new ReportText(r.spec().language());
    Xhtml x = new Xhtml();
    x.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .raw(r.spec().language())
        .raw("\"><head><meta charset=\"UTF-8\"/>");
    x.el("title", title(r, t) + " — " + period(r, t));
    x.raw("<style>").raw(STYLE).raw(pdf ? PRINT : "body{max-width:820px;margin:24px auto;}");
    x.raw("</style>");
    if (pdf) {
      x.raw("<bookmarks>");
      for (String id : ReportSections.IDS) {
        x.raw(
            "<bookmark name=\""
                + Xhtml.escape(t.t("section." + id))
                + "\" href=\"#sec-"
                + id
                + "\"/>");
      }
      x.raw("</bookmarks>");
    }
    x.raw("</head><body>");
    cover(r, t, x);
    toc(t, x);
    new ReportSections(r, t, charts, x).write();
    x.raw("</body></html>");
    return x.toString();
  }

  static String period(Report r, ReportText t) {
    return t.t("cover.period", t.day(r.spec().period().from()), t.day(r.spec().period().to()));
  }

  private static void cover(Report r, ReportText t, Xhtml x) {
    x.raw("<div class=\"cover\">");
    if (r.spec().logo() != null) {
      String type = isPng(r.spec().logo()) ? "image/png" : "image/jpeg";
      x.raw("<p><img alt=\"logo\" src=\"data:" + type + ";base64,")
          .raw(Base64.getEncoder().encodeToString(r.spec().logo()))
          .raw("\"/></p>");
    }
    if (!r.spec().organisation().isEmpty()) {
      x.el("p class=\"org\"", r.spec().organisation());
    }
    x.el("h1", title(r, t));
    x.el("p", period(r, t));
    String scope =
        r.spec().sections().isEmpty()
            ? t.t("cover.wholeArchive")
            : String.join(", ", r.spec().sections().stream().map(ReportSection::name).toList());
    x.el("p", t.t("cover.scope", scope));
    x.el(
        "p class=\"note\"",
        t.t("cover.generated", t.day(r.generatedAt().atZone(r.spec().zone()).toLocalDate())));
    x.raw("</div>");
  }

  private static void toc(ReportText t, Xhtml x) {
    x.raw("<div class=\"toc\">").el("h2", t.t("toc")).open("ol");
    for (String id : ReportSections.IDS) {
      x.open("li").link("#sec-" + id, t.t("section." + id)).close("li");
    }
    x.close("ol").raw("</div>");
  }

  static boolean isPng(byte[] b) {
    return b.length > 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
  }
}
