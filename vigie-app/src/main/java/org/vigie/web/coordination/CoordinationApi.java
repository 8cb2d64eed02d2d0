package org.vigie.web.coordination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.vigie.archive.coordination.CoordinationRecords;
import org.vigie.archive.coordination.CoordinationService;
import org.vigie.document.DocumentJson;
import org.vigie.search.QuerySyntaxException;

/**
 * {@code /api/coordination}: start a run over the archive's posts (answered at once with its id; it
 * runs in the background), list runs, read a run with its groups, a group with its members and
 * edges, and a group's evidence pairs. Shapes are those of {@link CoordinationRecords}.
 */
final class CoordinationApi {
  private final CoordinationService service;
  private final CoordinationJobs jobs;
  private final Clock clock;
  private final ObjectMapper mapper = DocumentJson.mapper();

  CoordinationApi(CoordinationService service, CoordinationJobs jobs, Clock clock) {
    this.service = service;
    this.jobs = jobs;
    this.clock = clock;
  }

  void routes(RoutesConfig routes) {
    routes.get("/api/coordination/runs", this::runs);
    routes.post("/api/coordination/runs", this::start);
    routes.get("/api/coordination/runs/{id}", this::run);
    routes.get("/api/coordination/groups/{id}", this::group);
    routes.get("/api/coordination/groups/{id}/evidence", this::evidence);
  }

  private void runs(Context ctx) {
    ArrayNode out = mapper.createArrayNode();
    service.runs(limit(ctx)).forEach(r -> out.add(run(r)));
    ctx.json(out);
  }

  private void start(Context ctx) {
    JsonNode body;
    try {
      body = ctx.body().isBlank() ? mapper.createObjectNode() : mapper.readTree(ctx.body());
    } catch (Exception e) {
      throw new BadRequestResponse("the body is not JSON: " + e.getMessage());
    }
    List<String> kinds = new ArrayList<>();
    body.path("kinds").forEach(k -> kinds.add(k.asText()));
    CoordinationParams params =
        CoordinationParams.read(
            f -> {
              JsonNode v = body.get(f);
              return v == null || v.isNull() ? null : v.isArray() ? join(v) : v.asText();
            },
            kinds,
            clock);
    long id;
    try {
      id = jobs.submit(params.request());
    } catch (QuerySyntaxException e) {
      throw new BadRequestResponse("query: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    ObjectNode out = run(service.run(id).orElseThrow());
    ctx.status(202).header("Location", "/api/coordination/runs/" + id).json(out);
  }

  private void run(Context ctx) {
    long id = CoordinationPages.id(ctx);
    CoordinationRecords.Run r =
        service.run(id).orElseThrow(() -> new NotFoundResponse("/api/coordination/runs/" + id));
    ObjectNode out = run(r);
    jobs.progress(id).ifPresent(p -> out.set("progress", mapper.valueToTree(p)));
    ArrayNode groups = out.putArray("coordinatedGroups");
    service.groups(id).forEach(g -> groups.add(mapper.<ObjectNode>valueToTree(g)));
    ctx.json(out);
  }

  private void group(Context ctx) {
    CoordinationRecords.Group g = groupOf(ctx);
    ObjectNode out = mapper.valueToTree(g);
    out.set("members", mapper.valueToTree(service.members(g.id())));
    out.set("memberEdges", mapper.valueToTree(service.edges(g.id())));
    out.set(
        "history",
        mapper.valueToTree(service.lineage(g.lineage()).stream().map(x -> x.id()).toList()));
    ctx.json(out);
  }

  private void evidence(Context ctx) {
    CoordinationRecords.Group g = groupOf(ctx);
    ObjectNode out = mapper.createObjectNode();
    out.put("group", g.id());
    out.put("total", g.pairs());
    out.set("pairs", mapper.valueToTree(service.evidence(g.id())));
    ctx.json(out);
  }

  private CoordinationRecords.Group groupOf(Context ctx) {
    long id = CoordinationPages.id(ctx);
    return service
        .group(id)
        .orElseThrow(() -> new NotFoundResponse("/api/coordination/groups/" + id));
  }

  private ObjectNode run(CoordinationRecords.Run r) {
    return mapper.valueToTree(r);
  }

  private static String join(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(v -> items.add(v.asText()));
    return String.join(",", items);
  }

  private static int limit(Context ctx) {
    String l = ctx.queryParam("limit");
    try {
      int n = l == null ? 50 : Integer.parseInt(l);
      if (n < 1 || n > 1000) {
        throw new BadRequestResponse("limit must be between 1 and 1000: " + l);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("limit is not a number: " + l);
    }
  }
}
