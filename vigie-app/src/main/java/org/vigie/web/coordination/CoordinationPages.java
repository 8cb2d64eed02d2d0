package org.vigie.web.coordination;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.archive.coordination.CoordinationRecords;
import org.vigie.archive.coordination.CoordinationRecords.Edge;
import org.vigie.archive.coordination.CoordinationRecords.Member;
import org.vigie.archive.coordination.CoordinationRecords.Pair;
import org.vigie.archive.coordination.CoordinationService;
import org.vigie.archive.coordination.GroupExport;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.QuerySyntaxException;
import org.vigie.store.DocumentStore;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Pages;
import org.vigie.web.page.QueryErrorText;
import org.vigie.web.page.SearchParams;
import org.vigie.web.page.WebText;

/**
 * "Réseaux coordonnés": the runs (and the form that starts one), a run's groups with their size,
 * change since the run before and activity, and a group's page: its network, members, edges, the
 * timeline of the evidence (each coordinated pair: the two posts, their times, the object, links to
 * the documents), its history across runs, and downloads (GEXF, CSV of nodes, edges, evidence).
 */
public final class CoordinationPages {
  /** Evidence pairs shown on a group's page; the CSV has every stored pair. */
  static final int EVIDENCE_SHOWN = 200;

  private static final int EDGES_SHOWN = 100;

  private final CoordinationService service;
  private final CoordinationJobs jobs;
  private final DocumentStore store;
  private final Clock clock;

  public CoordinationPages(CoordinationService service, DocumentStore store, Clock clock) {
    this.service = service;
    this.jobs = new CoordinationJobs(service);
    this.store = store;
    this.clock = clock;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/coordination", this::runs);
    routes.post("/coordination/runs", this::start);
    routes.get("/coordination/runs/{id}", this::run);
    routes.get("/coordination/runs/{id}/progress", this::progress);
    routes.get("/coordination/groups/{id}", this::group);
    routes.get("/coordination/groups/{id}/{file}", this::download);
    new CoordinationApi(service, jobs, clock).routes(routes);
  }

  private void runs(Context ctx) {
    renderRuns(ctx, CoordinationParams.defaults(clock), null);
  }

  private void renderRuns(Context ctx, CoordinationParams form, String error) {
    WebText t = Pages.text(ctx);
    Chrome chrome = Pages.chrome(ctx, t, t.t("coordination.title"));
    List<CoordinationView.RunLine> runs = service.runs(100).stream().map(r -> line(r, t)).toList();
    Pages.render(ctx, "coordination.jte", new CoordinationView.Runs(chrome, runs, form, error));
  }

  private void start(Context ctx) {
    CoordinationParams form =
        CoordinationParams.read(ctx::formParam, ctx.formParams("kinds"), clock);
    WebText t = Pages.text(ctx);
    try {
      long id = jobs.submit(form.request());
      ctx.redirect("/coordination/runs/" + id, HttpStatus.SEE_OTHER);
    } catch (QuerySyntaxException e) {
      ctx.status(400);
      renderRuns(ctx, form, QueryErrorText.describe(t, e));
    } catch (IllegalArgumentException e) {
      ctx.status(400);
      renderRuns(ctx, form, t.t("coordination.badField", e.getMessage()));
    }
  }

  private void run(Context ctx) {
    WebText t = Pages.text(ctx);
    CoordinationRecords.Run r = runOf(ctx);
    List<CoordinationView.GroupLine> groups =
        service.groups(r.id()).stream().map(g -> line(g, t)).toList();
    Pages.render(
        ctx,
        "coordination-run.jte",
        new CoordinationView.Run(
            Pages.chrome(ctx, t, t.t("coordination.run", r.id())),
            line(r, t),
            groups,
            progressText(r.id(), t)));
  }

  /** While a run works, its progress line; once it ended, a refresh of the page. */
  private void progress(Context ctx) {
    WebText t = Pages.text(ctx);
    CoordinationRecords.Run r = runOf(ctx);
    String text = progressText(r.id(), t);
    if (text == null) {
      ctx.header("HX-Refresh", "true");
      ctx.html("");
      return;
    }
    ctx.html(
        "<p class=\"progress\" role=\"status\" hx-get=\"/coordination/runs/"
            + r.id()
            + "/progress\" hx-trigger=\"every 1s\" hx-swap=\"outerHTML\">"
            + NetworkSvg.escape(text)
            + "</p>");
  }

  private String progressText(long id, WebText t) {
    return jobs.progress(id)
        .map(
            p ->
                t.t(
                    "coordination.progress." + p.phase(),
                    String.valueOf(p.done()),
                    String.valueOf(p.total())))
        .orElse(null);
  }

  private void group(Context ctx) {
    WebText t = Pages.text(ctx);
    CoordinationRecords.Group g = groupOf(ctx);
    CoordinationRecords.Run r = service.run(g.runId()).orElseThrow();
    List<Member> members = service.members(g.id());
    List<Edge> edges = service.edges(g.id());
    List<Pair> pairs = service.evidence(g.id());
    Map<String, String> labels = new HashMap<>();
    members.forEach(m -> labels.put(m.account(), m.label()));
    Map<String, AnalyzedDocument> docs = new HashMap<>();
    List<CoordinationView.EvidenceLine> evidence =
        pairs.stream().limit(EVIDENCE_SHOWN).map(p -> evidence(p, labels, docs, t)).toList();
    Pages.render(
        ctx,
        "coordination-group.jte",
        new CoordinationView.Group(
            Pages.chrome(ctx, t, t.t("coordination.group", g.rank(), r.id())),
            line(r, t),
            line(g, t),
            NetworkSvg.draw(members, edges, t.t("coordination.network")),
            members.stream().map(CoordinationPages::member).toList(),
            edges.stream()
                .limit(EDGES_SHOWN)
                .map(
                    e ->
                        new CoordinationView.EdgeLine(
                            labels.getOrDefault(e.accountA(), e.accountA()),
                            labels.getOrDefault(e.accountB(), e.accountB()),
                            e.weight(),
                            e.objects(),
                            String.format(Locale.ROOT, "%.1f", e.meanDelta()),
                            e.fastWeight(),
                            kinds(e.kinds(), t)))
                .toList(),
            evidence,
            g.pairs(),
            service.lineage(g.lineage()).stream().map(x -> line(x, t)).toList()));
  }

  private void download(Context ctx) throws IOException {
    CoordinationRecords.Group g = groupOf(ctx);
    String file = ctx.pathParam("file");
    StringWriter out = new StringWriter();
    String type = "text/csv; charset=utf-8";
    switch (file) {
      case "network.gexf" -> {
        GroupExport.gexf(
            "Vigie coordination run " + g.runId() + ", group " + g.rank(),
            service.members(g.id()),
            service.edges(g.id()),
            out);
        type = "application/gexf+xml; charset=utf-8";
      }
      case "nodes.csv" -> GroupExport.nodesCsv(service.members(g.id()), out);
      case "edges.csv" -> GroupExport.edgesCsv(service.edges(g.id()), out);
      case "evidence.csv" -> GroupExport.evidenceCsv(service.evidence(g.id()), out);
      default -> throw new NotFoundResponse("/coordination/groups/" + g.id() + "/" + file);
    }
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"vigie-coordination-"
            + g.runId()
            + "-"
            + g.rank()
            + "-"
            + file
            + "\"");
    ctx.contentType(type).result(out.toString());
  }

  private CoordinationRecords.Run runOf(Context ctx) {
    long id = id(ctx);
    return service.run(id).orElseThrow(() -> new NotFoundResponse("/coordination/runs/" + id));
  }

  private CoordinationRecords.Group groupOf(Context ctx) {
    long id = id(ctx);
    return service.group(id).orElseThrow(() -> new NotFoundResponse("/coordination/groups/" + id));
  }

  static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse(ctx.path());
    }
  }

  private CoordinationView.EvidenceLine evidence(
      Pair p, Map<String, String> labels, Map<String, AnalyzedDocument> docs, WebText t) {
    AnalyzedDocument a = docs.computeIfAbsent(p.docA(), id -> store.get(id).orElse(null));
    AnalyzedDocument b = docs.computeIfAbsent(p.docB(), id -> store.get(id).orElse(null));
    return new CoordinationView.EvidenceLine(
        p.seq(),
        object(p.object(), 0, t),
        t.t("coordination.kind." + p.kind()),
        labels.getOrDefault(p.accountA(), p.accountA()),
        time(p.timeA(), t),
        p.docA(),
        excerpt(a, t),
        labels.getOrDefault(p.accountB(), p.accountB()),
        time(p.timeB(), t),
        p.docB(),
        excerpt(b, t),
        p.deltaSeconds());
  }

  private static String excerpt(AnalyzedDocument d, WebText t) {
    if (d == null) {
      return t.t("coordination.gone");
    }
    String text = d.text().strip().replaceAll("\\s+", " ");
    return text.length() <= 180 ? text : text.substring(0, 177) + "…";
  }

  /** An object as people read it, with a link: the page, the first post of a text, a search. */
  static CoordinationView.ObjectLine object(String object, long pairs, WebText t) {
    int colon = object.indexOf(':');
    String prefix = object.startsWith("#") ? "#" : colon < 0 ? "" : object.substring(0, colon);
    String rest = colon < 0 ? object : object.substring(colon + 1);
    return switch (prefix) {
      case "url" -> new CoordinationView.ObjectLine(rest, rest, pairs);
      case "#" ->
          new CoordinationView.ObjectLine(
              object,
              "/?q=" + SearchParams.encode("relation:\"hashtag:" + object.substring(1) + "\""),
              pairs);
      case "texte" ->
          new CoordinationView.ObjectLine(
              t.t("coordination.object.text"), "/documents/" + rest, pairs);
      case "post" ->
          new CoordinationView.ObjectLine(t.t("coordination.object.post", rest), null, pairs);
      case "de" ->
          new CoordinationView.ObjectLine(t.t("coordination.object.from", rest), null, pairs);
      case "dhash" ->
          new CoordinationView.ObjectLine(t.t("coordination.object.image", rest), null, pairs);
      default -> new CoordinationView.ObjectLine(object, null, pairs);
    };
  }

  private static CoordinationView.MemberLine member(Member m) {
    int slash = m.account().indexOf('/');
    String id = slash < 0 ? m.account() : m.account().substring(slash + 1);
    return new CoordinationView.MemberLine(
        m.account(),
        m.label(),
        m.platform(),
        m.shares(),
        m.coordinated(),
        String.format(Locale.ROOT, "%.0f %%", 100 * m.coordinatedFraction()),
        m.community(),
        "/?q=" + SearchParams.encode("account:\"" + id + "\""));
  }

  static CoordinationView.RunLine line(CoordinationRecords.Run r, WebText t) {
    return new CoordinationView.RunLine(
        r.id(),
        time(r.startedAt(), t),
        t.t("coordination.trigger." + r.trigger()),
        r.query(),
        day(r.from()) + " → " + day(r.to().minusSeconds(1)),
        r.platforms().isEmpty()
            ? t.t("coordination.allPlatforms")
            : String.join(", ", r.platforms()),
        kinds(r.kinds(), t),
        t.t(
            "coordination.settings",
            r.window(),
            r.minParticipation(),
            r.fastWindow(),
            String.valueOf(r.edgeQuantile())),
        r.posts(),
        r.postsLeftOut(),
        r.shares(),
        r.sharePairs(),
        r.edges(),
        r.accounts(),
        r.groups(),
        r.status(),
        r.error());
  }

  static CoordinationView.GroupLine line(CoordinationRecords.Group g, WebText t) {
    return new CoordinationView.GroupLine(
        g.id(),
        g.rank(),
        t.t("coordination.change." + g.change()),
        g.previousSize() == null ? "" : String.valueOf(g.previousSize()),
        g.size(),
        g.edges(),
        g.pairs(),
        g.objects(),
        time(g.firstShare(), t),
        time(g.lastShare(), t),
        kinds(g.kinds(), t),
        String.join(", ", g.platforms()),
        g.topObjects().stream().limit(5).map(o -> object(o.object(), o.pairs(), t)).toList(),
        NetworkSvg.activity(g.activity(), t.t("coordination.activity")),
        g.runId());
  }

  private static String kinds(List<String> kinds, WebText t) {
    return String.join(", ", kinds.stream().map(k -> t.t("coordination.kind." + k)).toList());
  }

  private static String day(Instant i) {
    return i.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  static String time(Instant i, WebText t) {
    DateTimeFormatter f =
        DateTimeFormatter.ofPattern(t.english() ? "yyyy-MM-dd HH:mm:ss" : "dd/MM/yyyy HH:mm:ss");
    return f.format(i.atZone(ZoneOffset.UTC)) + " UTC";
  }
}
