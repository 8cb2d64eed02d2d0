package org.vigie.web.influence;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.vigie.analytics.influence.AccountInfluence;
import org.vigie.analytics.influence.GraphExport;
import org.vigie.analytics.influence.GraphKind;
import org.vigie.archive.accounts.AccountRegistry;
import org.vigie.archive.influence.InfluenceService;
import org.vigie.document.DocumentJson;
import org.vigie.search.QuerySyntaxException;
import org.vigie.web.page.Pages;
import org.vigie.web.page.QueryErrorText;
import org.vigie.web.page.SearchParams;
import org.vigie.web.page.WebText;

/**
 * "Influence" ({@code /influence}): who shapes the conversation in a period, for a query and a
 * platform, on the amplification graph (forwards, retweets, quotes) or the attention graph
 * (mentions, replies): weighted PageRank, HITS, k-core, in-strength, followers, engagement, tiers,
 * each rank explained by its top contributing edges, the followers–PageRank disagreement, and the
 * network view; with {@code /api/influence} and {@code /api/influence/graph} (JSON for the view,
 * GEXF, GraphML, CSV). Rankings are background jobs, cached ({@link InfluenceService}).
 */
public final class InfluencePages {
  static final int SHOWN = 200;

  private final InfluenceService influence;
  private final AccountRegistry registry;
  private final Clock clock;

  public InfluencePages(InfluenceService influence, AccountRegistry registry, Clock clock) {
    this.influence = influence;
    this.registry = registry;
    this.clock = clock;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/influence", this::page);
    routes.post("/influence", this::recompute);
    routes.get("/api/influence", this::api);
    routes.get("/api/influence/graph", this::graph);
  }

  private void page(Context ctx) {
    WebText t = Pages.text(ctx);
    String from = param(ctx, "from", defaultFrom());
    String to = param(ctx, "to", today().toString());
    String query = param(ctx, "q", "");
    String platform = param(ctx, "platform", "");
    String graph = param(ctx, "graph", "amplification");
    InfluenceService.Key key;
    try {
      key = key(from, to, query, platform, graph);
    } catch (QuerySyntaxException e) {
      render(
          ctx, t, from, to, query, platform, graph, "failed", QueryErrorText.describe(t, e), null);
      return;
    } catch (IllegalArgumentException e) {
      render(ctx, t, from, to, query, platform, graph, "failed", e.getMessage(), null);
      return;
    }
    InfluenceService.State s = influence.request(key, false);
    render(ctx, t, from, to, query, platform, graph, s.status(), s.error(), s.computed());
  }

  private void recompute(Context ctx) {
    InfluenceService.Key key =
        keyOr400(
            form(ctx, "from", defaultFrom()),
            form(ctx, "to", today().toString()),
            form(ctx, "q", ""),
            form(ctx, "platform", ""),
            form(ctx, "graph", "amplification"));
    influence.request(key, true);
    ctx.redirect("/influence?" + params(key), HttpStatus.SEE_OTHER);
  }

  private void render(
      Context ctx,
      WebText t,
      String from,
      String to,
      String query,
      String platform,
      String graph,
      String status,
      String error,
      InfluenceService.Computed c) {
    List<InfluenceView.Line> lines =
        c == null
            ? List.of()
            : c.result().accounts().stream().limit(SHOWN).map(a -> line(a, t)).toList();
    String summary =
        c == null
            ? null
            : t.t(
                "influence.summary",
                c.posts(),
                c.result().graph().nodeCount(),
                c.result().graph().edgeCount(),
                c.result().communities(),
                c.computedAt().toString().substring(0, 16).replace('T', ' '),
                c.millis());
    String rho =
        c == null || Double.isNaN(c.result().followersPageRankRho())
            ? null
            : t.t(
                "influence.rho",
                String.format(Locale.ROOT, "%.2f", c.result().followersPageRankRho()));
    String params =
        "from="
            + enc(from)
            + "&to="
            + enc(to)
            + "&q="
            + enc(query)
            + "&platform="
            + enc(platform)
            + "&graph="
            + enc(graph);
    Pages.render(
        ctx,
        "influence.jte",
        new InfluenceView(
            Pages.chrome(ctx, t, t.t("influence.title")),
            from,
            to,
            query,
            platform,
            graph,
            status,
            error,
            summary,
            rho,
            lines,
            params,
            null));
  }

  private InfluenceView.Line line(AccountInfluence a, WebText t) {
    int colon = a.key().indexOf(':');
    String because =
        a.pageRankFrom().stream()
            .limit(3)
            .map(
                x ->
                    label(x.account())
                        + " ("
                        + String.format(Locale.ROOT, "%.0f", x.weight())
                        + ")")
            .collect(Collectors.joining(", "));
    return new InfluenceView.Line(
        a.rank(),
        a.label().startsWith("@") || a.label().equals(a.key()) ? a.label() : "@" + a.label(),
        href(a.key()),
        colon < 0 ? "" : a.key().substring(0, colon),
        t.t("influence.tier." + a.tier().name().toLowerCase(Locale.ROOT)),
        String.format(Locale.ROOT, "%.4f", a.pageRank()),
        String.format(Locale.ROOT, "%.3f", a.hub()),
        String.format(Locale.ROOT, "%.3f", a.authority()),
        a.core(),
        String.format(Locale.ROOT, "%.0f", a.inStrength()),
        a.followers() == null ? "—" : t.number(a.followers()),
        a.engagementRate() == null ? "—" : String.format(Locale.ROOT, "%.3f", a.engagementRate()),
        a.community() + 1,
        because);
  }

  private static String label(String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? key : key.substring(colon + 1);
  }

  /** The account page of a graph key ({@code platform:id}, {@code platform:@handle}). */
  String href(String key) {
    int colon = key.indexOf(':');
    if (colon < 0) {
      return "/accounts";
    }
    String platform = key.substring(0, colon);
    String rest = key.substring(colon + 1);
    if (rest.startsWith("@")) {
      return registry
          .byHandle(platform, rest.substring(1))
          .map(a -> a.path())
          .orElse("/?q=" + SearchParams.encode("account:\"" + rest.substring(1) + "\""));
    }
    if (rest.startsWith("name:")) {
      return "/?q=" + SearchParams.encode("\"" + rest.substring(5) + "\"");
    }
    return "/accounts/" + platform + "/" + SearchParams.encode(rest);
  }

  private void api(Context ctx) {
    InfluenceService.Computed c = influence.get(keyFrom(ctx));
    var out = DocumentJson.mapper().createObjectNode();
    out.put("posts", c.posts());
    out.put("nodes", c.result().graph().nodeCount());
    out.put("edges", c.result().graph().edgeCount());
    out.put("communities", c.result().communities());
    out.put("followersPageRankRho", c.result().followersPageRankRho());
    out.put("computedAt", c.computedAt().toString());
    var accounts = out.putArray("accounts");
    int limit = number(ctx.queryParam("limit"), 100);
    for (AccountInfluence a :
        c.result().accounts().subList(0, Math.min(limit, c.result().accounts().size()))) {
      int colon = a.key().indexOf(':');
      var n = accounts.addObject();
      n.put("rank", a.rank());
      n.put("key", a.key());
      n.put("platform", colon < 0 ? "" : a.key().substring(0, colon));
      n.put(
          "id",
          a.account() != null && a.account().id() != null ? a.account().id() : label(a.key()));
      n.put("handle", a.account() == null ? null : a.account().handle());
      n.put("pagerank", a.pageRank());
      n.put("hub", a.hub());
      n.put("authority", a.authority());
      n.put("core", a.core());
      n.put("inStrength", a.inStrength());
      if (a.followers() == null) {
        n.putNull("followers");
      } else {
        n.put("followers", a.followers());
      }
      n.put("tier", a.tier().name().toLowerCase(Locale.ROOT));
      n.put("community", a.community());
      n.set("because", DocumentJson.mapper().valueToTree(a.pageRankFrom()));
    }
    ctx.json(out);
  }

  private void graph(Context ctx) throws IOException {
    InfluenceService.Computed c = influence.get(keyFrom(ctx));
    String format = param(ctx, "format", "json");
    StringWriter out = new StringWriter();
    String name = "vigie-influence-" + c.key().from() + "-" + c.key().to();
    switch (format) {
      case "json" -> {
        ctx.json(NetworkLayout.json(c.result(), this::href));
        return;
      }
      case "gexf" -> {
        GraphExport.gexf(c.result(), out);
        download(ctx, out, "application/gexf+xml; charset=utf-8", name + ".gexf");
      }
      case "graphml" -> {
        GraphExport.graphml(c.result(), out);
        download(ctx, out, "application/graphml+xml; charset=utf-8", name + ".graphml");
      }
      case "nodes.csv" -> {
        GraphExport.csvNodes(c.result(), out);
        download(ctx, out, "text/csv; charset=utf-8", name + "-nodes.csv");
      }
      case "edges.csv" -> {
        GraphExport.csvEdges(c.result(), out);
        download(ctx, out, "text/csv; charset=utf-8", name + "-edges.csv");
      }
      default ->
          throw new BadRequestResponse(
              "format must be json, gexf, graphml, nodes.csv or edges.csv: " + format);
    }
  }

  private static void download(Context ctx, StringWriter out, String type, String file) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.contentType(type).result(out.toString());
  }

  private InfluenceService.Key keyFrom(Context ctx) {
    return keyOr400(
        param(ctx, "from", defaultFrom()),
        param(ctx, "to", today().toString()),
        param(ctx, "q", ""),
        param(ctx, "platform", ""),
        param(ctx, "graph", "amplification"));
  }

  private static InfluenceService.Key keyOr400(
      String from, String to, String q, String platform, String graph) {
    try {
      return key(from, to, q, platform, graph);
    } catch (QuerySyntaxException e) {
      throw new BadRequestResponse("q: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  static InfluenceService.Key key(String from, String to, String q, String platform, String graph) {
    GraphKind kind =
        switch (graph.toLowerCase(Locale.ROOT)) {
          case "amplification" -> GraphKind.AMPLIFICATION;
          case "attention" -> GraphKind.ATTENTION;
          default ->
              throw new IllegalArgumentException("graph: amplification or attention, not " + graph);
        };
    return new InfluenceService.Key(q, day("from", from), day("to", to), platform, kind);
  }

  private static LocalDate day(String field, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": not a day (YYYY-MM-DD): " + value);
    }
  }

  private static String params(InfluenceService.Key k) {
    return "from="
        + k.from()
        + "&to="
        + k.to()
        + "&q="
        + enc(k.query())
        + "&platform="
        + enc(k.platform())
        + "&graph="
        + k.graph().name().toLowerCase(Locale.ROOT);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  private String defaultFrom() {
    return today().minusDays(29).toString();
  }

  private static String param(Context ctx, String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  private static String form(Context ctx, String name, String fallback) {
    String v = ctx.formParam(name);
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  private static int number(String v, int fallback) {
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < 1 || n > 100_000) {
        throw new BadRequestResponse("limit must be between 1 and 100000: " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("limit is not a number: " + v);
    }
  }

  private static String enc(String s) {
    return SearchParams.encode(s);
  }
}
