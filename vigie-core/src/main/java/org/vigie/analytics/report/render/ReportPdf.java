package org.vigie.analytics.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import org.vigie.analytics.report.Report;

/**
 * A report as PDF/A-3u (openhtmltopdf on PDFBox): DejaVu fonts embedded (subsets), the text
 * extractable as Unicode, charts as vectors, a table of contents with page numbers, page numbers at
 * the foot, bookmarks, an sRGB output intent.
 */
final class ReportPdf {
  static {
    // openhtmltopdf logs each font it loads at INFO on stderr: noise in a command's output
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  private ReportPdf() {}

  static byte[] render(Report r, List<ReportCharts.Chart> charts) {
    String xhtml = ReportHtml.forPdf(r, charts);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BatikSVGDrawer svg = new BatikSVGDrawer()) {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      for (ReportFonts.Face f : ReportFonts.FACES) {
        b.useFont(
            f::open,
            ReportFonts.FAMILY,
            f.weight(),
            f.oblique()
                ? BaseRendererBuilder.FontStyle.OBLIQUE
                : BaseRendererBuilder.FontStyle.NORMAL,
            true,
            EnumSet.of(
                BaseRendererBuilder.FSFontUseCase.DOCUMENT,
                BaseRendererBuilder.FSFontUseCase.SVG,
                BaseRendererBuilder.FSFontUseCase.FALLBACK_PRE));
      }
      b.useSVGDrawer(svg);
      b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
      b.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      b.withProducer("Vigie");
      b.withHtmlContent(xhtml, null);
      b.toStream(out);
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report's PDF", e);
    }
    return out.toByteArray();
  }
}
