package org.vigie.analytics.report.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.vigie.analytics.report.Report;

/**
 * A report as a Word document (Apache POI) that a communication officer edits before sending: the
 * same sections, titles and figures as the PDF, headings as Word headings, tables as tables,
 * figures as links to their searches, charts as images.
 */
final class ReportDocx {
  private static final String FONT = ReportFonts.FAMILY;

  static {
    // POI logs through Log4j's API, whose status logger complains on stderr without a provider
    if (System.getProperty("log4j2.statusLoggerLevel") == null) {
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
  }

  private final XWPFDocument doc = new XWPFDocument();
  private final Report r;
  private final ReportText t;
  private final List<ReportCharts.Chart> charts;

  private ReportDocx(Report r, List<ReportCharts.Chart> charts) {
    this.r = r;
    this.t = new ReportText(r.spec().language());
    this.charts = charts;
  }

  static byte[] render(Report r, List<ReportCharts.Chart> charts) {
    return new ReportDocx(r, charts).write();
  }

  private byte[] write() {
    doc.getProperties().getCoreProperties().setTitle(ReportHtml.title(r, t));
    doc.getProperties().getCoreProperties().setCreator("Vigie");
    if (!r.spec().organisation().isEmpty()) {
      text(r.spec().organisation(), 12, true);
    }
    heading(ReportHtml.title(r, t), 22);
    text(ReportHtml.period(r, t), 11, false);
    text(
        t.t("cover.generated", t.day(r.generatedAt().atZone(r.spec().zone()).toLocalDate())),
        9,
        false);
    heading(t.t("toc"), 15);
    for (String id : ReportSections.IDS) {
      text("• " + t.t("section." + id), 10, false);
    }
    new DocxSections(this, r, t).write();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      doc.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report's Word document", e);
    }
  }

  void heading(String text, int size) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(size >= 15 ? "Heading1" : "Heading2");
    p.setSpacingBefore(size >= 15 ? 240 : 120);
    XWPFRun run = p.createRun();
    run.setBold(true);
    run.setFontSize(size);
    run.setFontFamily(FONT);
    run.setText(text);
  }

  void text(String text, int size, boolean bold) {
    XWPFRun run = doc.createParagraph().createRun();
    run.setFontSize(size);
    run.setBold(bold);
    run.setFontFamily(FONT);
    run.setText(text);
  }

  /** A paragraph that is a link to {@code url}. */
  void link(String text, String url) {
    XWPFHyperlinkRun run = doc.createParagraph().createHyperlinkRun(url);
    run.setText(text);
    run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
    run.setColor("1F3B5A");
    run.setFontFamily(FONT);
  }

  /** A table: a header row, then rows; a cell's link (or {@code null}) beside its text. */
  void table(List<String> header, List<List<String>> rows, List<List<String>> links) {
    XWPFTable table = doc.createTable(rows.size() + 1, header.size());
    table.setWidth("100%");
    fill(table.getRow(0), header, null, true);
    for (int i = 0; i < rows.size(); i++) {
      fill(table.getRow(i + 1), rows.get(i), links == null ? null : links.get(i), false);
    }
    doc.createParagraph();
  }

  private static void fill(XWPFTableRow row, List<String> cells, List<String> links, boolean bold) {
    for (int c = 0; c < cells.size(); c++) {
      XWPFParagraph p = row.getCell(c).getParagraphs().getFirst();
      String link = links == null ? null : links.get(c);
      XWPFRun run = link == null ? p.createRun() : p.createHyperlinkRun(link);
      run.setBold(bold);
      run.setFontFamily(FONT);
      run.setFontSize(9);
      run.setText(cells.get(c));
    }
  }

  /** A chart as a PNG image, 16 cm wide. */
  void chart(String id) {
    ReportCharts.Chart c = ReportCharts.get(charts, id);
    int[] size = ChartImages.size(c.svg());
    byte[] png = ChartImages.png(c.svg(), size[0]);
    double widthCm = 16;
    double heightCm = widthCm * size[1] / size[0];
    XWPFRun run = doc.createParagraph().createRun();
    try {
      run.addPicture(
          new ByteArrayInputStream(png),
          Document.PICTURE_TYPE_PNG,
          id + ".png",
          Units.toEMU(widthCm / 2.54 * 72),
          Units.toEMU(heightCm / 2.54 * 72));
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("cannot put the chart " + id + " in the Word document", e);
    }
  }
}
