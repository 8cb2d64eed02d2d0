package org.vigie.web.backups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.vigie.archive.backup.BackupException;
import org.vigie.archive.backup.BackupJobs;
import org.vigie.document.DocumentJson;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Pages;
import org.vigie.web.page.WebText;

/**
 * The admin's backups: {@code /admin/backups} (the page: start one, the recent ones) and {@code
 * /api/admin/backups} (list; start, 202, optionally waiting for the end). Backups go into the
 * server's backups folder only ({@link BackupJobs}); admins only ({@code AccessRules}).
 */
public final class BackupPages {
  private final BackupJobs jobs;

  public BackupPages(BackupJobs jobs) {
    this.jobs = jobs;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/admin/backups", this::page);
    routes.post("/admin/backups", this::startFromPage);
    routes.get("/api/admin/backups", this::list);
    routes.post("/api/admin/backups", this::start);
  }

  /** What the page shows. */
  public record View(Chrome chrome, String folder, List<BackupJobs.Job> jobs, String error) {
    public boolean running() {
      return !jobs.isEmpty() && jobs.getFirst().state() == BackupJobs.State.RUNNING;
    }

    /** A job's progress as a percentage of its step. */
    public static int percent(BackupJobs.Job j) {
      if (j.state() != BackupJobs.State.RUNNING) {
        return 100;
      }
      var p = j.progress();
      return p == null || p.total() <= 0 ? 0 : (int) Math.min(100, p.done() * 100 / p.total());
    }
  }

  private void page(Context ctx) {
    render(ctx, null);
  }

  private void render(Context ctx, String error) {
    WebText t = Pages.text(ctx);
    Pages.render(
        ctx,
        "backups.jte",
        new View(
            Pages.chrome(ctx, t, t.t("backups.title")),
            jobs.folder().toString(),
            jobs.recent(),
            error));
  }

  private void startFromPage(Context ctx) {
    try {
      jobs.start();
      ctx.redirect("/admin/backups");
    } catch (BackupException e) {
      ctx.status(409);
      render(ctx, Pages.text(ctx).t("backups.busy"));
    }
  }

  private void list(Context ctx) {
    ObjectNode out = DocumentJson.mapper().createObjectNode();
    out.put("folder", jobs.folder().toString());
    ArrayNode list = out.putArray("backups");
    jobs.recent().forEach(j -> list.add(json(j)));
    ctx.json(out);
  }

  private void start(Context ctx) {
    JsonNode body = body(ctx);
    BackupJobs.Job job;
    try {
      job = jobs.start();
    } catch (BackupException e) {
      throw new ConflictResponse(e.getMessage());
    }
    if (body.path("wait").asBoolean(false)) {
      job = waitFor(job.name());
    }
    ctx.status(202).json(json(job));
  }

  private BackupJobs.Job waitFor(String name) {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < until) {
      BackupJobs.Job j = find(name);
      if (j.state() != BackupJobs.State.RUNNING) {
        return j;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return j;
      }
    }
    return find(name);
  }

  private BackupJobs.Job find(String name) {
    return jobs.recent().stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
  }

  private static JsonNode body(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      return DocumentJson.mapper().createObjectNode();
    }
    try {
      return DocumentJson.mapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new BadRequestResponse("the body is not JSON: " + e.getMessage());
    }
  }

  private static ObjectNode json(BackupJobs.Job j) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("name", j.name());
    o.put("state", j.state().name());
    o.put("started", j.started().toString());
    o.put("finished", j.finished() == null ? null : j.finished().toString());
    o.put("step", j.progress() == null ? null : j.progress().step().name());
    o.put("percent", View.percent(j));
    o.put("documents", j.documents());
    o.put("bytes", j.bytes());
    o.put("error", j.error());
    return o;
  }
}
