package org.vigie.web.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.vigie.analytics.influence.AccountActivity;
import org.vigie.archive.accounts.AccountRecords;
import org.vigie.archive.accounts.AccountRegistry;
import org.vigie.archive.coordination.CoordinationService;
import org.vigie.document.DocumentJson;
import org.vigie.search.Searcher;

/**
 * {@code /api/accounts}: the accounts seen in posts (filters as on the page), one account with its
 * follower series, activity and coordination groups, and {@code /api/actors/{id}}.
 */
final class AccountApi {
  private final AccountRegistry registry;
  private final Searcher searcher;
  private final CoordinationService coordination;
  private final ObjectMapper mapper = DocumentJson.mapper();

  AccountApi(AccountRegistry registry, Searcher searcher, CoordinationService coordination) {
    this.registry = registry;
    this.searcher = searcher;
    this.coordination = coordination;
  }

  void routes(RoutesConfig routes) {
    routes.get("/api/accounts", this::list);
    routes.get("/api/accounts/{platform}/{id}", this::account);
    routes.get("/api/actors/{id}", this::actor);
  }

  private void list(Context ctx) {
    int limit = number(ctx.queryParam("limit"), 100, "limit", 1, 1000);
    int offset = number(ctx.queryParam("offset"), 0, "offset", 0, 1_000_000);
    ctx.json(
        mapper.valueToTree(
            registry.list(
                ctx.queryParam("platform"),
                ctx.queryParam("label"),
                "1".equals(ctx.queryParam("watched")) || "true".equals(ctx.queryParam("watched")),
                ctx.queryParam("q"),
                offset,
                limit)));
  }

  private void account(Context ctx) {
    String platform = ctx.pathParam("platform");
    String id = ctx.pathParam("id");
    AccountRecords.SeenAccount a =
        registry
            .get(platform, id)
            .orElseThrow(() -> new NotFoundResponse("/api/accounts/" + platform + "/" + id));
    ObjectNode out = mapper.valueToTree(a);
    out.set("followerSeries", mapper.valueToTree(registry.followers(a.platform(), a.id())));
    out.set(
        "activity",
        mapper.valueToTree(AccountActivity.of(searcher, a.platform(), a.id(), a.handle())));
    if (coordination != null) {
      out.set(
          "coordinationGroups",
          mapper.valueToTree(
              coordination.groupsOf(a.platform() + "/" + a.id(), 20).stream()
                  .map(g -> g.id())
                  .toList()));
    }
    ctx.json(out);
  }

  private void actor(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse(ctx.path());
    }
    AccountRecords.Actor actor =
        registry
            .actor(id)
            .orElseThrow(() -> new NotFoundResponse("/api/actors/" + ctx.pathParam("id")));
    ObjectNode out = mapper.valueToTree(actor);
    out.set("accounts", mapper.valueToTree(registry.accountsOf(id)));
    out.set("entities", mapper.valueToTree(registry.entitiesOf(id)));
    ctx.json(out);
  }

  private static int number(String value, int fallback, String name, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw new BadRequestResponse(name + " must be between " + min + " and " + max + ": " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " is not a number: " + value);
    }
  }
}
