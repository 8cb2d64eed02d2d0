package org.vigie.web.reports;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.analytics.report.Period;
import org.vigie.analytics.report.ReportSection;
import org.vigie.analytics.report.ReportSpec;
import org.vigie.analytics.report.ReportTemplate;
import org.vigie.analytics.report.render.ReportFormat;
import org.vigie.analytics.report.render.ReportText;
import org.vigie.archive.reports.ArchivedReport;
import org.vigie.archive.reports.ReportJob;
import org.vigie.archive.reports.ReportService;
import org.vigie.search.QueryParser;
import org.vigie.search.QuerySyntaxException;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Pages;
import org.vigie.web.page.WebText;

/**
 * "Rapports": generate a report (in the background, its progress shown until it is done), the
 * reports kept with their SHA-256, each downloadable at its permanent link and regenerated with one
 * button, and the schedules. Plain forms answered by redirects.
 */
public final class ReportPages {
  private final ReportService reports;

  public ReportPages(ReportService reports) {
    this.reports = reports;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/reports", this::page);
    routes.post("/reports", this::generate);
    routes.post("/reports/{id}/regenerate", this::regenerate);
    routes.get("/reports/{id}/{name}", this::download);
  }

  private void page(Context ctx) {
    render(ctx, null, 200);
  }

  private void render(Context ctx, String error, int status) {
    WebText t = Pages.text(ctx);
    ReportsView.Job job = null;
    String jobParam = ctx.queryParam("job");
    if (jobParam != null && jobParam.matches("\\d{1,18}")) {
      job = reports.job(Long.parseLong(jobParam)).map(j -> job(j, t)).orElse(null);
    }
    Period last = ReportTemplate.WEEKLY.periodBefore(LocalDate.now(ReportSpec.DEFAULT_ZONE));
    Chrome chrome = Pages.chrome(ctx, t, t.t("reports.title"));
    ctx.status(status);
    Pages.render(
        ctx,
        "reports.jte",
        new ReportsView(
            chrome,
            job,
            reports.files().list(100).stream().map(r -> line(r, t)).toList(),
            reports.schedules().list().stream()
                .map(
                    s ->
                        new ReportsView.ScheduleLine(
                            s.name(),
                            s.spec().template().code() + " " + s.at() + " " + s.zone().getId(),
                            s.nextRun()
                                .atZone(s.zone())
                                .toLocalDateTime()
                                .toString()
                                .replace('T', ' '),
                            String.join(", ", s.recipients())))
                .toList(),
            last.from().toString(),
            last.to().toString(),
            error));
  }

  static ReportsView.Job job(ReportJob j, WebText t) {
    ReportText words = new ReportText(t.english() ? "en" : "fr");
    String step = j.step().isEmpty() ? "" : words.t("step." + j.step());
    return new ReportsView.Job(
        j.id(),
        j.status().name().toLowerCase(Locale.ROOT),
        j.total() == 0 ? 0 : 100 * j.done() / j.total(),
        step,
        j.status() == ReportJob.Status.QUEUED || j.status() == ReportJob.Status.RUNNING,
        j.error(),
        j.files().stream().map(r -> line(r, t)).toList());
  }

  static ReportsView.Line line(ArchivedReport r, WebText t) {
    return new ReportsView.Line(
        r.id(),
        r.title(),
        r.spec().period().from() + " – " + r.spec().period().to(),
        r.format().extension(),
        t.number(r.size()),
        r.sha256(),
        r.createdAt()
            .atZone(ZoneId.of("UTC"))
            .toLocalDateTime()
            .withNano(0)
            .toString()
            .replace('T', ' '),
        r.permalink(""),
        r.sentTo());
  }

  private void generate(Context ctx) {
    WebText t = Pages.text(ctx);
    ReportSpec spec;
    ReportFormat format;
    try {
      String query = value(ctx, "query");
      if (!query.isEmpty()) {
        QueryParser.parse(query);
      }
      spec =
          new ReportSpec(
              ReportTemplate.parse(
                  value(ctx, "template").isEmpty() ? "weekly" : value(ctx, "template")),
              value(ctx, "title").isEmpty() ? null : value(ctx, "title"),
              t.english() ? "en" : "fr",
              value(ctx, "organisation"),
              null,
              query.isEmpty() ? List.of() : List.of(new ReportSection(query, query)),
              new Period(LocalDate.parse(value(ctx, "from")), LocalDate.parse(value(ctx, "to"))),
              "",
              null);
      format = ReportFormat.parse(value(ctx, "format").isEmpty() ? "pdf" : value(ctx, "format"));
    } catch (QuerySyntaxException e) {
      render(ctx, org.vigie.web.page.QueryErrorText.describe(t, e), 400);
      return;
    } catch (RuntimeException e) {
      render(ctx, t.t("reports.bad", e.getMessage()), 400);
      return;
    }
    ReportJob job = reports.submit(spec, List.of(format), new ArrayList<>());
    ctx.redirect("/reports?job=" + job.id(), HttpStatus.SEE_OTHER);
  }

  private void regenerate(Context ctx) {
    ArchivedReport r = kept(ctx.pathParam("id"));
    ctx.redirect("/reports?job=" + reports.regenerate(r).id(), HttpStatus.SEE_OTHER);
  }

  private void download(Context ctx) {
    ArchivedReport r = kept(ctx.pathParam("id"));
    if (!r.fileName().equals(ctx.pathParam("name"))) {
      throw new NotFoundResponse(ctx.path());
    }
    send(ctx, r, reports.files().bytes(r));
  }

  static void send(Context ctx, ArchivedReport r, byte[] bytes) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"");
    ctx.header("X-Content-SHA256", r.sha256());
    ctx.header("Cache-Control", "private, max-age=31536000, immutable");
    ctx.contentType(r.format().mediaType()).result(bytes);
  }

  ArchivedReport kept(String id) {
    if (!id.matches("\\d{1,18}")) {
      throw new NotFoundResponse("no report " + id);
    }
    return reports
        .files()
        .get(Long.parseLong(id))
        .orElseThrow(() -> new NotFoundResponse("no report " + id));
  }

  private static String value(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }
}
