package org.vigie.web.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.StringWriter;
import java.util.List;
import org.vigie.archive.review.ReviewDecision;
import org.vigie.archive.review.ReviewDecisions;
import org.vigie.archive.review.ReviewEvent;
import org.vigie.archive.review.ReviewFilter;
import org.vigie.archive.review.ReviewItem;
import org.vigie.archive.review.ReviewQueue;
import org.vigie.document.DocumentJson;
import org.vigie.web.page.Viewer;

/**
 * {@code /api/review}: the queue (filters {@code status}, {@code kind}, {@code assignee}), one item
 * with its group and audit trail, a reviewer's decision ({@code POST}), the decisions as training
 * lines ({@code /api/review/decisions}, JSON lines), the flags' precision by week and the
 * threshold.
 */
public final class ReviewApi {
  private final ReviewQueue queue;

  public ReviewApi(ReviewQueue queue) {
    this.queue = queue;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/api/review", this::list);
    routes.get("/api/review/decisions", this::decisions);
    routes.get("/api/review/precision", this::precision);
    routes.get("/api/review/threshold", this::threshold);
    routes.put("/api/review/threshold", this::setThreshold);
    routes.get("/api/review/{id}", this::show);
    routes.post("/api/review/{id}", this::decide);
  }

  private void list(Context ctx) {
    int limit = intParam(ctx, "limit", 100);
    int offset = intParam(ctx, "offset", 0);
    List<ReviewItem> items =
        queue.list(
            new ReviewFilter(
                ReviewPages.statusParam(ctx.queryParam("status")),
                ReviewPages.blankToNull(ctx.queryParam("kind")),
                ReviewParams.assignee(ctx.queryParam("assignee")),
                null,
                offset,
                limit));
    ObjectNode out = DocumentJson.mapper().createObjectNode();
    ObjectNode counts = out.putObject("counts");
    queue.counts().forEach((s, n) -> counts.put(s.code(), n));
    out.put("threshold", queue.threshold());
    ArrayNode list = out.putArray("items");
    items.forEach(i -> list.add(json(i)));
    ctx.json(out);
  }

  private void show(Context ctx) {
    ReviewItem item = itemOf(ctx);
    ObjectNode out = json(item);
    ArrayNode group = out.putArray("groupItems");
    if (item.groupSize() > 1) {
      queue.list(ReviewFilter.group(item.groupId())).stream()
          .filter(i -> i.id() != item.id())
          .forEach(i -> group.add(json(i)));
    }
    ArrayNode history = out.putArray("history");
    queue.audit().history(item.id()).forEach(e -> history.add(json(e)));
    out.put("trailIntact", queue.audit().verify(item.id()).isEmpty());
    ctx.json(out);
  }

  private void decide(Context ctx) {
    ReviewItem item = itemOf(ctx);
    JsonNode body = body(ctx);
    ReviewDecision decision;
    try {
      decision =
          new ReviewDecision(
              Viewer.current().name(),
              ReviewPages.statusParam(text(body, "status")),
              body.has("assignee") && body.get("assignee").isNull() ? "" : text(body, "assignee"),
              text(body, "label"),
              text(body, "comment"),
              body.path("group").asBoolean(false));
      ArrayNode out = DocumentJson.mapper().createArrayNode();
      queue.decide(item.id(), decision).forEach(i -> out.add(json(i)));
      ctx.json(out);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  private void decisions(Context ctx) throws java.io.IOException {
    StringWriter out = new StringWriter();
    queue.decisions().writeJsonLines(ReviewPages.blankToNull(ctx.queryParam("kind")), out);
    ctx.contentType("application/x-ndjson; charset=utf-8").result(out.toString());
  }

  private void precision(Context ctx) {
    ArrayNode out = DocumentJson.mapper().createArrayNode();
    for (ReviewDecisions.Precision p :
        queue.decisions().precisionByWeek(ReviewPages.blankToNull(ctx.queryParam("kind")))) {
      out.addObject()
          .put("week", p.week().toString())
          .put("confirmed", p.confirmed())
          .put("rejected", p.rejected())
          .put("precision", Math.round(p.precision() * 1000) / 1000.0);
    }
    ctx.json(out);
  }

  private void threshold(Context ctx) {
    ctx.json(DocumentJson.mapper().createObjectNode().put("threshold", queue.threshold()));
  }

  private void setThreshold(Context ctx) {
    JsonNode value = body(ctx).path("threshold");
    if (!value.isNumber()) {
      throw new BadRequestResponse("threshold: a number from 0 to 1 is needed");
    }
    try {
      queue.threshold(value.asDouble());
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    threshold(ctx);
  }

  private ReviewItem itemOf(Context ctx) {
    long id = ReviewParams.id(ctx.pathParam("id"));
    return queue.get(id).orElseThrow(() -> new NotFoundResponse("no review item " + id));
  }

  static ObjectNode json(ReviewItem i) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("id", i.id()).put("kind", i.kind()).put("document", i.documentId());
    o.put("group", i.groupId()).put("groupSize", i.groupSize());
    o.put("title", i.title()).put("site", i.site()).put("url", i.url());
    o.put("published", i.published()).put("excerpt", i.excerpt());
    o.put("status", i.status().code()).put("assignee", i.assignee());
    o.put("label", i.currentLabel()).put("flaggedLabel", i.label()).put("score", i.score());
    i.categories().forEach(o.putArray("categories")::add);
    i.targets().forEach(o.putArray("targets")::add);
    o.set("evidence", DocumentJson.mapper().valueToTree(i.evidence()));
    o.put("flaggedAt", i.flaggedAt().toString()).put("updatedAt", i.updatedAt().toString());
    return o;
  }

  private static ObjectNode json(ReviewEvent e) {
    return DocumentJson.mapper()
        .createObjectNode()
        .put("id", e.id())
        .put("actor", e.actor())
        .put("at", e.at().toString())
        .put("action", e.action())
        .put("before", e.before())
        .put("after", e.after())
        .put("note", e.note())
        .put("hash", e.hash());
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode body = DocumentJson.mapper().readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw new BadRequestResponse("the body is not a JSON object");
      }
      return body;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadRequestResponse("the body is not JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + ": not a number: " + v);
    }
  }
}
