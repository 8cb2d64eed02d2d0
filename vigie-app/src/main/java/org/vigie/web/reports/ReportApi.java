package org.vigie.web.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.analytics.report.ReportSpec;
import org.vigie.analytics.report.render.ReportFormat;
import org.vigie.archive.reports.ArchivedReport;
import org.vigie.archive.reports.ReportJob;
import org.vigie.archive.reports.ReportSchedule;
import org.vigie.archive.reports.ReportService;
import org.vigie.archive.reports.SpecJson;
import org.vigie.document.DocumentJson;
import org.vigie.search.QueryParser;
import org.vigie.web.page.Viewer;

/**
 * {@code /api/reports}: generate a report (in the background: 202 and a job to poll), list and
 * download the reports kept, and the schedules (list, create).
 */
public final class ReportApi {
  private final ReportService reports;

  public ReportApi(ReportService reports) {
    this.reports = reports;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/api/reports", this::list);
    routes.post("/api/reports", this::generate);
    routes.get("/api/reports/jobs/{id}", this::job);
    routes.get("/api/reports/schedules", this::schedules);
    routes.post("/api/reports/schedules", this::schedule);
    routes.get("/api/reports/{id}", this::show);
    routes.get("/api/reports/{id}/download", this::download);
  }

  private void list(Context ctx) {
    ArrayNode out = DocumentJson.mapper().createArrayNode();
    reports.files().list(200).forEach(r -> out.add(json(r)));
    ctx.json(out);
  }

  private void show(Context ctx) {
    ctx.json(json(new ReportPages(reports).kept(ctx.pathParam("id"))));
  }

  private void download(Context ctx) {
    ArchivedReport r = new ReportPages(reports).kept(ctx.pathParam("id"));
    ReportPages.send(ctx, r, reports.files().bytes(r));
  }

  private void generate(Context ctx) {
    JsonNode body = body(ctx);
    ReportSpec spec = spec(body);
    List<ReportFormat> formats = formats(body);
    List<String> to = strings(body.path("email"));
    ReportJob job = reports.submit(spec, formats, to);
    if (body.path("wait").asBoolean(false)) {
      waitFor(job);
    }
    ctx.status(202).json(job(job));
  }

  /** Waits (ten minutes at most) for a job to end, for callers that asked to. */
  private static void waitFor(ReportJob job) {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
    while ((job.status() == ReportJob.Status.QUEUED || job.status() == ReportJob.Status.RUNNING)
        && System.nanoTime() < until) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void job(Context ctx) {
    String id = ctx.pathParam("id");
    ReportJob j =
        id.matches("\\d{1,18}")
            ? reports
                .job(Long.parseLong(id))
                .orElseThrow(() -> new NotFoundResponse("no report job " + id))
            : null;
    if (j == null) {
      throw new NotFoundResponse("no report job " + id);
    }
    ctx.json(job(j));
  }

  private void schedules(Context ctx) {
    ArrayNode out = DocumentJson.mapper().createArrayNode();
    for (ReportSchedule s : reports.schedules().list()) {
      out.add(json(s));
    }
    ctx.json(out);
  }

  private void schedule(Context ctx) {
    JsonNode body = body(ctx);
    ReportSchedule s;
    try {
      ObjectNode withPeriod = body.deepCopy();
      withPeriod.put("from", "2000-01-01").put("to", "2000-01-01");
      ReportSpec spec = spec(withPeriod);
      s =
          reports
              .schedules()
              .add(
                  new ReportSchedule(
                      0,
                      body.path("name").asText(""),
                      Viewer.current().name() == null ? "" : Viewer.current().name(),
                      spec,
                      LocalTime.parse(body.path("at").asText("08:00")),
                      ZoneId.of(body.path("zone").asText(ReportSpec.DEFAULT_ZONE.getId())),
                      strings(body.path("email")),
                      formats(body),
                      true,
                      null),
                  java.time.Instant.now());
    } catch (BadRequestResponse e) {
      throw e;
    } catch (RuntimeException e) {
      throw new BadRequestResponse("invalid report schedule: " + e.getMessage());
    }
    ctx.status(201).json(json(s));
  }

  private static JsonNode body(Context ctx) {
    try {
      return DocumentJson.mapper().readTree(ctx.body());
    } catch (Exception e) {
      throw new BadRequestResponse("the body is not JSON: " + e.getMessage());
    }
  }

  /** The spec of a request: its {@code query} (or {@code sections}) checked, period named. */
  private static ReportSpec spec(JsonNode body) {
    ObjectNode o = body.deepCopy();
    if (!o.has("sections") && o.hasNonNull("query") && !o.path("query").asText().isBlank()) {
      String q = o.path("query").asText().strip();
      o.putArray("sections").addObject().put("name", o.path("name").asText(q)).put("query", q);
    }
    try {
      ReportSpec spec = SpecJson.read(o);
      spec.sections().forEach(s -> QueryParser.parse(s.query()));
      return spec;
    } catch (RuntimeException e) {
      throw new BadRequestResponse("invalid report: " + e.getMessage());
    }
  }

  private static List<ReportFormat> formats(JsonNode body) {
    List<ReportFormat> out = new ArrayList<>();
    try {
      for (String f : strings(body.path("formats"))) {
        out.add(ReportFormat.parse(f));
      }
      if (body.hasNonNull("format")) {
        out.add(ReportFormat.parse(body.path("format").asText()));
      }
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    return out.isEmpty() ? List.of(ReportFormat.PDF) : out;
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.forEach(n -> out.add(n.asText()));
    return out;
  }

  ObjectNode json(ArchivedReport r) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("id", r.id());
    o.put("title", r.title());
    o.put("format", r.format().extension());
    o.put("from", r.spec().period().from().toString());
    o.put("to", r.spec().period().to().toString());
    o.put("size", r.size());
    o.put("sha256", r.sha256());
    o.put("createdAt", r.createdAt().toString());
    o.put("sentTo", r.sentTo());
    if (r.scheduleId() != null) {
      o.put("scheduleId", r.scheduleId());
    }
    o.put("permalink", r.permalink(reports.baseUrl()));
    o.put("download", "/api/reports/" + r.id() + "/download");
    o.set("parameters", SpecJson.write(r.spec()));
    return o;
  }

  private ObjectNode job(ReportJob j) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("id", j.id());
    o.put("status", j.status().name().toLowerCase(Locale.ROOT));
    o.put("done", j.done());
    o.put("total", j.total());
    o.put("step", j.step());
    if (j.error() != null) {
      o.put("error", j.error());
    }
    ArrayNode files = o.putArray("reports");
    j.files().forEach(r -> files.add(json(r)));
    return o;
  }

  private static ObjectNode json(ReportSchedule s) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("id", s.id());
    o.put("name", s.name());
    o.put("template", s.spec().template().code());
    o.put("at", s.at().toString());
    o.put("zone", s.zone().getId());
    o.put("nextRun", s.nextRun().toString());
    ArrayNode to = o.putArray("email");
    s.recipients().forEach(to::add);
    ArrayNode f = o.putArray("formats");
    s.formats().forEach(x -> f.add(x.extension()));
    return o;
  }
}
