package org.vigie.web.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.vigie.archive.access.AccessException;
import org.vigie.archive.access.ApiToken;
import org.vigie.archive.access.Role;
import org.vigie.archive.access.User;
import org.vigie.archive.access.UserDirectory;
import org.vigie.document.DocumentJson;
import org.vigie.web.page.Missing;
import org.vigie.web.page.Viewer;

/**
 * The JSON API of accounts: {@code /api/me}, one's own tokens ({@code /api/tokens}), and the
 * admin's accounts ({@code /api/users}). Errors are thrown and written by the server's one error
 * mapper as {@code {"error":{"code","message"}}}.
 */
public final class AccessApi {
  private final AccessControl access;

  public AccessApi(AccessControl access) {
    this.access = access;
  }

  public void routes(JavalinConfig config) {
    config.routes.get("/api/me", this::me);
    config.routes.get("/api/tokens", this::tokens);
    config.routes.post("/api/tokens", this::createToken);
    config.routes.delete("/api/tokens/{id}", this::revokeToken);
    config.routes.get("/api/users", this::users);
    config.routes.post("/api/users", this::addUser);
    config.routes.delete("/api/users/{name}", this::removeUser);
  }

  private void me(Context ctx) {
    Viewer v = AccessControl.viewer(ctx);
    ObjectNode body = DocumentJson.mapper().createObjectNode();
    body.put("name", v.name());
    body.put("role", v.role().code());
    body.put("mustChangePassword", v.mustChangePassword());
    body.put("authenticatedBy", v.bearer() ? "token" : "session");
    json(ctx, 200, body);
  }

  private void tokens(Context ctx) {
    ArrayNode list = DocumentJson.mapper().createArrayNode();
    directory().tokens(AccessControl.viewer(ctx).name()).forEach(k -> list.add(token(k)));
    ObjectNode body = DocumentJson.mapper().createObjectNode();
    body.set("tokens", list);
    json(ctx, 200, body);
  }

  private void createToken(Context ctx) {
    JsonNode in = body(ctx);
    try {
      TokenRequest asked =
          TokenRequest.of(
              in.path("label").asText(null),
              in.path("scope").asText(null),
              in.path("expiresInDays").isMissingNode() || in.path("expiresInDays").isNull()
                  ? null
                  : in.path("expiresInDays").asText(),
              java.time.Instant.now());
      ApiToken.Created created =
          directory()
              .createToken(
                  AccessControl.viewer(ctx).name(), asked.label(), asked.scope(), asked.expires());
      ObjectNode body = token(created.token());
      body.put("secret", created.secret());
      json(ctx, 201, body);
    } catch (AccessException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  private void revokeToken(Context ctx) {
    long id = AccessPages.parseId(ctx.pathParam("id"));
    if (!directory().revokeToken(AccessControl.viewer(ctx).name(), id)) {
      throw Missing.token(id);
    }
    ctx.status(204);
  }

  private void users(Context ctx) {
    ArrayNode list = DocumentJson.mapper().createArrayNode();
    directory().list().forEach(u -> list.add(user(u)));
    ObjectNode body = DocumentJson.mapper().createObjectNode();
    body.set("users", list);
    json(ctx, 200, body);
  }

  private void addUser(Context ctx) {
    JsonNode in = body(ctx);
    UserDirectory users = directory();
    try {
      String given = in.path("password").asText(null);
      String password = given == null ? users.randomPassword() : given;
      User user =
          users.add(
              in.path("name").asText(""),
              Role.parse(in.path("role").asText("")),
              password,
              given == null || in.path("mustChangePassword").asBoolean(false));
      ObjectNode body = user(user);
      if (given == null) {
        body.put("password", password);
      }
      json(ctx, 201, body);
    } catch (AccessException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  private void removeUser(Context ctx) {
    String name = ctx.pathParam("name");
    try {
      if (!directory().remove(name)) {
        throw Missing.user(name);
      }
    } catch (AccessException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    access.sessions().closeAll(name);
    ctx.status(204);
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode node = DocumentJson.mapper().readTree(ctx.body());
      if (node == null || !node.isObject()) {
        throw new BadRequestResponse("the request body must be a JSON object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadRequestResponse("the request body is not JSON: " + e.getOriginalMessage());
    }
  }

  private static ObjectNode token(ApiToken k) {
    ObjectNode n = DocumentJson.mapper().createObjectNode();
    n.put("id", k.id());
    n.put("user", k.user());
    n.put("label", k.label());
    n.put("created", AccessPages.iso(k.created()));
    n.put("lastUsed", AccessPages.iso(k.lastUsed()));
    n.put("expires", AccessPages.iso(k.expires()));
    n.put("scope", k.scope().code());
    return n;
  }

  private static ObjectNode user(User u) {
    ObjectNode n = DocumentJson.mapper().createObjectNode();
    n.put("name", u.name());
    n.put("role", u.role().code());
    n.put("mustChangePassword", u.mustChangePassword());
    n.put("created", AccessPages.iso(u.created()));
    return n;
  }

  private UserDirectory directory() {
    return access.users().orElseThrow(Missing::accounts);
  }

  private static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json").result(body.toString());
  }
}
