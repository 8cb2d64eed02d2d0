package org.vigie.web.search;

import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.archive.export.DocumentExporter;
import org.vigie.archive.export.ResultFormat;
import org.vigie.search.SearchRequest;
import org.vigie.search.Searcher;
import org.vigie.web.page.SearchParams;

/**
 * {@code /export} and {@code /api/export}: a search's whole result set (same {@code q}, {@code f},
 * {@code sort}, {@code copies} as the search page) as a CSV or JSONL download, written to the
 * response as the backend streams it (chunked), so a million rows start at once and memory stays
 * flat.
 */
public final class ExportRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(ExportRoutes.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private final Searcher searcher;

  public ExportRoutes(Searcher searcher) {
    this.searcher = searcher;
  }

  public void routes(JavalinConfig config) {
    config.routes.get("/export", this::export);
    config.routes.get("/api/export", this::export);
  }

  private void export(Context ctx) throws java.io.IOException {
    ResultFormat format = format(ctx.queryParam("format"));
    SearchRequest request = SearchParams.from(ctx).toRequest(false);
    String name =
        "vigie-export-"
            + LocalDateTime.now(ZoneOffset.UTC).format(STAMP)
            + "."
            + format.extension();
    ctx.contentType(format.contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.header("Cache-Control", "no-store");
    OutputStream out = ctx.res().getOutputStream();
    boolean admin = org.vigie.web.page.Viewer.current().may(org.vigie.archive.access.Role.ADMIN);
    long rows =
        new DocumentExporter(
                format,
                admin ? d -> d : org.vigie.archive.access.DocumentPrivacy::forReaders,
                separator(ctx))
            .export(searcher, request, out);
    out.flush();
    LOG.info("exported {} documents as {} for {}", rows, format, ctx.ip());
  }

  /**
   * The CSV separator: {@code sep=;} or {@code sep=,} when given; else, for the page's download
   * ({@code /export}), {@code ;} in French, which French spreadsheets open in columns, and {@code
   * ,} in English; the API ({@code /api/export}) keeps {@code ,}.
   */
  static char separator(Context ctx) {
    String sep = ctx.queryParam("sep");
    if (sep != null && !sep.isBlank()) {
      return switch (sep.strip()) {
        case ";", "semicolon" -> ';';
        case ",", "comma" -> ',';
        default -> throw new BadRequestResponse("bad sep '" + sep + "': expected ; or ,");
      };
    }
    boolean page = !ctx.path().startsWith("/api/");
    return page && !org.vigie.web.page.Pages.text(ctx).english() ? ';' : ',';
  }

  private static ResultFormat format(String value) {
    try {
      return ResultFormat.parse(value == null ? "csv" : value);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }
}
