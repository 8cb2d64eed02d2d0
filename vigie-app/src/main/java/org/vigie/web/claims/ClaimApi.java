package org.vigie.web.claims;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.vigie.archive.claims.ClaimRecords.StoredClaim;
import org.vigie.archive.claims.ClaimRecords.StoredMatch;
import org.vigie.archive.claims.FactChecks;
import org.vigie.document.DocumentJson;

/**
 * The fact-checks' JSON API: {@code /api/claims} (the known claims, the latest reviewed first),
 * {@code /api/claims/{id}} (one claim and the documents matched to it) and {@code
 * /api/claims/matches} (matches of one document, or since a time: what a review queue takes in).
 */
public final class ClaimApi {
  private static final int MAX = 500;

  private final FactChecks factChecks;

  public ClaimApi(FactChecks factChecks) {
    this.factChecks = factChecks;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/api/claims", this::list);
    routes.get("/api/claims/matches", this::matches);
    routes.get("/api/claims/{id}", this::show);
  }

  private void list(Context ctx) {
    int limit = number(ctx, "limit", 50, 1, MAX);
    int offset = number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    ObjectNode out = DocumentJson.mapper().createObjectNode();
    out.put("total", factChecks.count());
    ArrayNode claims = out.putArray("claims");
    factChecks.list(limit, offset).forEach(c -> claims.add(claim(c)));
    ctx.contentType("application/json").result(out.toString());
  }

  private void show(Context ctx) {
    String id = ctx.pathParam("id");
    StoredClaim c;
    try {
      c = factChecks.get(Long.parseLong(id)).orElseThrow(() -> new NotFoundResponse(id));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse(id);
    }
    ObjectNode out = claim(c);
    out.set("matched", matches(factChecks.matchesOfClaim(c.id(), MAX)));
    ctx.contentType("application/json").result(out.toString());
  }

  private void matches(Context ctx) {
    String document = ctx.queryParam("document");
    String since = ctx.queryParam("since");
    List<StoredMatch> found;
    if (document != null && !document.isBlank()) {
      found = factChecks.matchesOfDocument(document.strip());
    } else if (since != null && !since.isBlank()) {
      found = factChecks.recentMatches(instant(since), number(ctx, "limit", 100, 1, MAX));
    } else {
      throw new BadRequestResponse("give document=ID or since=ISO-8601 time");
    }
    ObjectNode out = DocumentJson.mapper().createObjectNode();
    out.set("matches", matches(found));
    ctx.contentType("application/json").result(out.toString());
  }

  private static ObjectNode claim(StoredClaim c) {
    ObjectNode o = DocumentJson.mapper().valueToTree(c.review());
    o.put("id", c.id());
    o.put("origin", c.origin());
    o.put("documentId", c.documentId());
    o.put("importedAt", c.importedAt().toString());
    o.put("matches", c.matches());
    return o;
  }

  private static ArrayNode matches(List<StoredMatch> found) {
    ArrayNode all = DocumentJson.mapper().createArrayNode();
    for (StoredMatch m : found) {
      ObjectNode o = DocumentJson.mapper().valueToTree(m);
      o.put("matchedAt", m.matchedAt().toString());
      all.add(o);
    }
    return all;
  }

  private static Instant instant(String value) {
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse("since '" + value + "' is not an ISO-8601 time");
    }
  }

  private static int number(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new BadRequestResponse(name + " must be between " + min + " and " + max + ": " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " '" + v + "' is not a number");
    }
  }
}
