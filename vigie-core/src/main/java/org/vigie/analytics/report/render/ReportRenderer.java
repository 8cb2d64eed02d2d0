package org.vigie.analytics.report.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vigie.analytics.report.Report;

/** Writes a computed report in one of its formats. Thread-safe. */
public final class ReportRenderer {
  private ReportRenderer() {}

  /** The report's bytes in {@code format}. */
  public static byte[] render(Report r, ReportFormat format) {
    List<ReportCharts.Chart> charts = ReportCharts.of(r, new ReportText(r.spec().language()));
    return switch (format) {
      case PDF -> ReportPdf.render(r, charts);
      case HTML -> ReportHtml.html(r, charts).getBytes(StandardCharsets.UTF_8);
      case DOCX -> ReportDocx.render(r, charts);
      case CSV -> ReportAnnex.csv(r, charts).getBytes(StandardCharsets.UTF_8);
      case JSONL -> ReportAnnex.jsonl(r, charts).getBytes(StandardCharsets.UTF_8);
    };
  }
}
