package org.vigie.web.sources;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.archive.catalog.SourceLabels;
import org.vigie.archive.catalog.SourceRegistry;
import org.vigie.archive.sources.SourceScheduler;
import org.vigie.collect.sources.Coverage;
import org.vigie.collect.sources.CoverageReader;
import org.vigie.collect.sources.RegisteredSource;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceException;
import org.vigie.collect.sources.SourceJson;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.DocumentJson;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Pages;
import org.vigie.web.page.WebText;

/**
 * The sources pages and their JSON API: {@code /sources} (state, documents per day, silent badge,
 * coverage chart, a form to add one), {@code /sources/{id}} (its runs and errors), the POST actions
 * (add, run now, remove) and {@code /api/sources[/{id}[/coverage]]}. Registered by the web server
 * when it is given one. Forms are plain HTML forms (POST, then a redirect), so that a hidden CSRF
 * field can be added to each. The form adds feeds, sitemaps and sites only, never allowed to reach
 * private addresses: imports (the server's files) and private addresses are the command line's
 * ({@code vigie source add}), until the interface has an administrator role.
 */
public final class SourcesPages {
  private static final int RUNS_LISTED = 20;
  private static final int ERRORS_LISTED = 50;

  /**
   * The kinds the add form accepts. Imports read the server's files and private addresses reach its
   * network, so both are left to the command line until the interface has an administrator role.
   */
  static final List<SourceKind> WEB_KINDS =
      List.of(SourceKind.FEED, SourceKind.SITEMAP, SourceKind.SITE);

  private final SourceRegistry registry;
  private final SourceScheduler scheduler;
  private final CoverageReader coverage;
  private final Clock clock;
  private SourceLabels labels;

  public SourcesPages(
      SourceRegistry registry, SourceScheduler scheduler, CoverageReader coverage, Clock clock) {
    this.registry = registry;
    this.scheduler = scheduler;
    this.coverage = coverage;
    this.clock = clock;
  }

  /** Shows and edits the editors' labels of the sources (satire, false news, state media). */
  public SourcesPages withLabels(SourceLabels sourceLabels) {
    this.labels = sourceLabels;
    return this;
  }

  public void routes(JavalinConfig config) {
    config.routes.get("/sources", this::listPage);
    config.routes.post("/sources", this::add);
    config.routes.get("/sources/{id}", this::sourcePage);
    config.routes.post("/sources/{id}/run", this::runNow);
    config.routes.post("/sources/{id}/remove", this::remove);
    config.routes.post("/sources/{id}/labels", this::setLabels);
    config.routes.get("/api/sources", this::listApi);
    config.routes.get("/api/sources/{id}", this::sourceApi);
    config.routes.get("/api/sources/{id}/coverage", this::coverageApi);
  }

  private void listPage(Context ctx) {
    WebText t = Pages.text(ctx);
    Instant now = clock.instant();
    Map<RegisteredSource, Coverage> all = new LinkedHashMap<>();
    for (RegisteredSource s : registry.list()) {
      all.put(s, coverage.coverage(s, now));
    }
    Chrome chrome = new Chrome(t, t.t("sources.title"), Pages.switchUrl(ctx, t));
    Map<String, List<String>> named = labels == null ? Map.of() : labels.all();
    Pages.render(ctx, "sources.jte", SourcesView.of(all, this::busy, named, chrome));
  }

  private void sourcePage(Context ctx) {
    WebText t = Pages.text(ctx);
    RegisteredSource s = source(ctx);
    Coverage c = coverage.coverage(s, clock.instant());
    Chrome chrome = new Chrome(t, s.source().name(), Pages.switchUrl(ctx, t));
    var runs = registry.runs(s.id(), RUNS_LISTED);
    var failed = runs.stream().filter(r -> r.failed() > 0).findFirst();
    var errors = failed.map(r -> registry.errors(r.id(), ERRORS_LISTED)).orElse(List.of());
    Pages.render(
        ctx,
        "source.jte",
        SourceView.of(
            s, c, busy(s.id()), runs, failed.orElse(null), errors, labelsOf(s.id()), chrome));
  }

  private void add(Context ctx) {
    WebText t = Pages.text(ctx);
    Source source = formSource(ctx, t);
    try {
      registry.add(source, clock.instant());
    } catch (SourceException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    ctx.redirect("/sources/" + source.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void setLabels(Context ctx) {
    RegisteredSource s = source(ctx);
    if (labels == null) {
      throw new NotFoundResponse("source labels");
    }
    try {
      labels.set(s.id(), ctx.formParams("label"), clock.instant());
    } catch (SourceException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    ctx.redirect("/sources/" + s.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private List<String> labelsOf(String id) {
    return labels == null ? List.of() : labels.of(id);
  }

  private void runNow(Context ctx) {
    RegisteredSource s = source(ctx);
    try {
      scheduler.runNow(s.id());
    } catch (SourceException e) { // collection stopped: the archive cannot be written
      throw new BadRequestResponse(e.getMessage());
    }
    ctx.redirect("/sources/" + s.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void remove(Context ctx) {
    RegisteredSource s = source(ctx);
    registry.remove(s.id(), clock.instant());
    ctx.redirect("/sources", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void listApi(Context ctx) {
    Instant now = clock.instant();
    ArrayNode all = DocumentJson.mapper().createArrayNode();
    for (RegisteredSource s : registry.list()) {
      var o = SourceJson.write(s, coverage.coverage(s, now), busy(s.id()));
      labelsOf(s.id()).forEach(o.putArray("labels")::add);
      all.add(o);
    }
    ctx.contentType("application/json").result(all.toString());
  }

  private void sourceApi(Context ctx) {
    RegisteredSource s = source(ctx);
    Coverage c = coverage.coverage(s, clock.instant());
    var o = SourceJson.write(s, c, busy(s.id()));
    labelsOf(s.id()).forEach(o.putArray("labels")::add);
    ctx.contentType("application/json").result(o.toString());
  }

  private void coverageApi(Context ctx) {
    RegisteredSource s = source(ctx);
    Coverage c = coverage.coverage(s, clock.instant());
    ctx.contentType("application/json").result(SourceJson.coverage(s.id(), c).toString());
  }

  private boolean busy(String id) {
    return scheduler != null && scheduler.busy(id);
  }

  private RegisteredSource source(Context ctx) {
    String id = ctx.pathParam("id");
    return registry.get(id).orElseThrow(() -> new NotFoundResponse(id));
  }

  /** The source the add form describes; a bad field is a 400 naming it. */
  private static Source formSource(Context ctx, WebText t) {
    String name = required(ctx, "name", t);
    String kindName = required(ctx, "kind", t);
    SourceKind kind;
    try {
      kind = SourceKind.valueOf(kindName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(t.t("sources.badField", "kind", kindName));
    }
    if (!WEB_KINDS.contains(kind)) {
      throw new BadRequestResponse(t.t("sources.importByCli"));
    }
    String location = required(ctx, "location", t);
    String id = optional(ctx, "id");
    return new Source(
        id == null ? org.vigie.collect.sources.SourceIds.slug(name) : id,
        name,
        kind,
        location,
        optional(ctx, "country"),
        optional(ctx, "language"),
        tags(optional(ctx, "tags")),
        every(optional(ctx, "every"), t),
        false,
        Map.of());
  }

  private static String required(Context ctx, String field, WebText t) {
    String v = optional(ctx, field);
    if (v == null) {
      throw new BadRequestResponse(t.t("sources.missingField", field));
    }
    return v;
  }

  private static String optional(Context ctx, String field) {
    String v = ctx.formParam(field);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static List<String> tags(String text) {
    return text == null
        ? List.of()
        : java.util.Arrays.stream(text.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
  }

  /** Hours, or ISO 8601 ({@code PT30M}); empty means by hand. */
  private static Duration every(String text, WebText t) {
    if (text == null) {
      return null;
    }
    try {
      return text.matches("\\d{1,5}")
          ? Duration.ofHours(Long.parseLong(text))
          : Duration.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadRequestResponse(t.t("sources.badField", "every", text));
    }
  }
}
