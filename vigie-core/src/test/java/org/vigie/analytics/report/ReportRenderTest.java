package org.vigie.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analytics.report.render.ReportCharts;
import org.vigie.analytics.report.render.ReportFormat;
import org.vigie.analytics.report.render.ReportRenderer;
import org.vigie.analytics.report.render.ReportText;
import org.vigie.archive.Archive;
import org.vigie.search.SearchRequest;

/**
 * The weekly report of the fixture archive in every format, read back: the PDF with PDFBox (every
 * section title, the key figures, the letters of « Sénégal, Ségou, Thiès, ɲɔgɔn, Ouagadougou »,
 * every font embedded, PDF/A-3u declared), the Word document with POI, the annex; the SVG charts
 * byte-identical from one computation to the next. The first pages are drawn to PNG under {@code
 * target/report-pages/} for a person to look at (when pdftoppm is installed).
 */
class ReportRenderTest {
  static final List<String> SECTIONS =
      List.of(
          "Chiffres clés",
          "Volume dans le temps",
          "Répartition par source, plateforme et langue",
          "Histoires principales",
          "Personnes et organisations les plus citées",
          "Qui est cité avec qui",
          "Comptes les plus actifs",
          "Qui a dit quoi",
          "Discours nuisibles",
          "Alertes déclenchées",
          "Sources silencieuses",
          "Note de méthode");

  @TempDir static Path work;
  static Archive archive;
  static Report report;
  static byte[] pdf;

  @BeforeAll
  static void render() {
    archive = ReportFixture.archive(work.resolve("data"));
    report = ReportFixture.report(archive, ReportFixture.weekly(List.of()));
    pdf = ReportRenderer.render(report, ReportFormat.PDF);
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  static String pdfText() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // the letters exactly; the lines a table cell wraps its text on are layout, not text
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void thePdfHoldsEverySectionTheFiguresAndTheLettersExactly() throws Exception {
    String text = pdfText();
    for (String title : SECTIONS) {
      assertThat(text).contains(title);
    }
    assertThat(text).contains(ReportFixture.LETTERS).doesNotContain("\ufffd");
    long week =
        archive.store().search(SearchRequest.of("published:[2024-03-18 TO 2024-03-24]")).total();
    assertThat(report.figure("documents").value()).isEqualTo(week);
    ReportText t = new ReportText("fr");
    for (Report.KeyFigure f : report.keyFigures()) {
      String line =
          t.t("figure." + f.key()) + " " + t.number(f.value()) + " " + t.number(f.previous());
      assertThat(text).contains(line);
    }
    assertThat(text)
        .contains("Observatoire du Sahel")
        .contains("Rapport de situation hebdomadaire");
  }

  @Test
  void everyFontIsEmbeddedAndThePdfSaysItIsPdfA3u() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        collect(page.getResources(), fonts);
      }
      assertThat(fonts).isNotEmpty();
      assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
      assertThat(fonts).allSatisfy(f -> assertThat(f.getName()).contains("DejaVuSans"));
      assertThat(doc.getNumberOfPages()).isGreaterThan(3);
      String xmp =
          new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>").contains("U</pdfaid:conformance>");
      assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNotNull();
    }
    assertThat(pdfText()).contains("Sommaire").containsPattern("1 / \\d+");
  }

  private static void collect(PDResources res, List<PDFont> fonts) throws Exception {
    if (res == null) {
      return;
    }
    for (COSName name : res.getFontNames()) {
      fonts.add(res.getFont(name));
    }
    for (COSName name : res.getXObjectNames()) {
      PDXObject x = res.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collect(form.getResources(), fonts);
      }
    }
  }

  @Test
  void theSameReportGivesByteIdenticalCharts() {
    Report again = ReportFixture.report(archive, ReportFixture.weekly(List.of()));
    ReportText t = new ReportText("fr");
    List<ReportCharts.Chart> a = ReportCharts.of(report, t);
    List<ReportCharts.Chart> b = ReportCharts.of(again, t);
    assertThat(a).hasSize(b.size()).hasSizeGreaterThan(6);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).svg().getBytes(StandardCharsets.UTF_8))
          .isEqualTo(a.get(i).svg().getBytes(StandardCharsets.UTF_8));
      assertThat(a.get(i).svg()).startsWith("<svg").endsWith("</svg>");
    }
    assertThat(ReportCharts.get(a, "volume").svg()).contains("18/03").contains("polyline");
  }

  @Test
  void theWordDocumentHoldsTheSameTitlesAndFigures() throws Exception {
    byte[] docx = ReportRenderer.render(report, ReportFormat.DOCX);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      String text = words.getText();
      for (String title : SECTIONS) {
        assertThat(text).contains(title);
      }
      assertThat(text).contains(ReportFixture.LETTERS);
      ReportText t = new ReportText("fr");
      for (Report.KeyFigure f : report.keyFigures()) {
        assertThat(text)
            .contains(
                t.t("figure." + f.key())
                    + "\t"
                    + t.number(f.value())
                    + "\t"
                    + t.number(f.previous()));
      }
      assertThat(doc.getAllPictures()).hasSizeGreaterThanOrEqualTo(6);
    }
  }

  @Test
  void theHtmlIsOneFileWithItsChartsAndTheAnnexHoldsTheirData() {
    String html =
        new String(ReportRenderer.render(report, ReportFormat.HTML), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<svg")
        .contains(ReportFixture.LETTERS)
        .doesNotContain("<script")
        .doesNotContain("src=\"http");
    SECTIONS.forEach(s -> assertThat(html).contains(s));
    String csv =
        new String(ReportRenderer.render(report, ReportFormat.CSV), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("chart,series,label,value\r\n");
    assertThat(csv)
        .contains("figures,value,documents," + report.figure("documents").value() + "\r\n");
    String jsonl =
        new String(ReportRenderer.render(report, ReportFormat.JSONL), StandardCharsets.UTF_8);
    assertThat(jsonl.lines().count()).isEqualTo(csv.lines().count() - 1);
  }

  @Test
  void inEnglishTheTitlesAreEnglish() throws Exception {
    ReportSpec en =
        new ReportSpec(
            ReportTemplate.WEEKLY, null, "en", "", null, List.of(), ReportFixture.WEEK, "", null);
    byte[] bytes = ReportRenderer.render(ReportFixture.report(archive, en), ReportFormat.HTML);
    String html = new String(bytes, StandardCharsets.UTF_8);
    assertThat(html)
        .contains("Key figures")
        .contains("Weekly situation report")
        .doesNotContain("Chiffres clés");
  }

  @Test
  void theFirstPagesAreDrawnForAPersonToLookAt() throws Exception {
    Path dir = Path.of("target", "report-pages");
    Files.createDirectories(dir);
    Files.write(dir.resolve("weekly.pdf"), pdf);
    boolean tool = Files.isExecutable(Path.of("/usr/bin/pdftoppm"));
    Assumptions.assumeTrue(tool, "pdftoppm is not installed (poppler-utils): no PNG of the pages");
    Process p =
        new ProcessBuilder(
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "4",
                dir.resolve("weekly.pdf").toString(),
                dir.resolve("weekly").toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.filter(f -> f.toString().endsWith(".png")).count())
          .isGreaterThanOrEqualTo(4);
    }
  }
}
