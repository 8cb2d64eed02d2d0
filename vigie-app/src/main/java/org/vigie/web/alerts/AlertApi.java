package org.vigie.web.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.vigie.archive.access.Role;
import org.vigie.archive.alerts.AlertOutbox;
import org.vigie.archive.alerts.AlertRule;
import org.vigie.archive.alerts.AlertService;
import org.vigie.document.DocumentJson;
import org.vigie.web.page.Viewer;

/**
 * {@code /api/alerts}: an analyst's alert rules (an admin sees every rule), created, read, tested,
 * removed, with their delivery log; and {@code /alerts/feed/{secret}}, a rule's Atom feed behind
 * its secret address.
 */
public final class AlertApi {
  private final AlertService alerts;

  public AlertApi(AlertService alerts) {
    this.alerts = alerts;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/api/alerts", this::list);
    routes.post("/api/alerts", this::create);
    routes.get("/api/alerts/{id}", this::show);
    routes.delete("/api/alerts/{id}", this::remove);
    routes.post("/api/alerts/{id}/test", this::test);
    routes.get("/api/alerts/{id}/deliveries", this::deliveries);
    routes.post("/api/alerts/deliveries/{delivery}/resend", this::resend);
    routes.get("/api/notifications", this::notices);
    routes.get("/alerts/feed/{secret}", new AlertFeed(alerts)::feed);
  }

  private void list(Context ctx) {
    Viewer v = Viewer.current();
    List<AlertRule> rules =
        v.may(Role.ADMIN) ? alerts.rules().list() : alerts.rules().ownedBy(v.name());
    ArrayNode out = DocumentJson.mapper().createArrayNode();
    rules.forEach(r -> out.add(json(r, false)));
    ctx.json(out);
  }

  private void create(Context ctx) {
    JsonNode body;
    try {
      body = DocumentJson.mapper().readTree(ctx.body());
    } catch (Exception e) {
      throw new BadRequestResponse("the body is not JSON: " + e.getMessage());
    }
    String name = text(body, "name");
    String query = text(body, "query");
    if (name == null || query == null) {
      throw new BadRequestResponse("an alert needs a name and a query");
    }
    String email = text(body, "email");
    String webhook = text(body, "webhook");
    if (email == null && webhook == null) {
      throw new BadRequestResponse("an alert needs an email or a webhook");
    }
    AlertRule rule;
    try {
      String quietFrom = text(body, "quietFrom");
      String quietTo = text(body, "quietTo");
      rule =
          new AlertRule(
              0,
              name,
              Viewer.current().name(),
              query,
              AlertRule.Mode.parse(body.path("mode").asText("immediate")),
              ZoneId.of(body.path("zone").asText("Africa/Bamako")),
              new AlertRule.Digest(
                  AlertRule.Digest.Every.valueOf(
                      body.path("every").asText("daily").toUpperCase(Locale.ROOT)),
                  LocalTime.parse(body.path("at").asText("07:00")),
                  java.time.DayOfWeek.MONDAY),
              quietFrom == null || quietTo == null
                  ? null
                  : new AlertRule.QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietTo)),
              body.path("ratePerHour").asInt(0),
              email,
              webhook,
              null,
              body.path("allowPrivate").asBoolean(false) && Viewer.current().may(Role.ADMIN),
              false,
              null,
              body.path("language").asText("fr"),
              true);
    } catch (RuntimeException e) {
      throw new BadRequestResponse("invalid alert: " + e.getMessage());
    }
    AlertRule saved;
    try {
      saved = alerts.add(rule);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    ctx.status(201).json(json(saved, true));
  }

  private AlertRule owned(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("no alert " + ctx.pathParam("id"));
    }
    AlertRule r = alerts.rules().get(id).orElseThrow(() -> new NotFoundResponse("no alert " + id));
    Viewer v = Viewer.current();
    if (!v.may(Role.ADMIN) && !r.owner().equals(v.name())) {
      throw new ForbiddenResponse("this alert is another account's");
    }
    return r;
  }

  private void show(Context ctx) {
    ctx.json(json(owned(ctx), false));
  }

  private void remove(Context ctx) {
    alerts.remove(owned(ctx).id());
    ctx.status(204);
  }

  private void test(Context ctx) {
    List<AlertOutbox.Delivery> sent = alerts.test(owned(ctx));
    ArrayNode out = DocumentJson.mapper().createArrayNode();
    sent.forEach(d -> out.add(delivery(d)));
    boolean ok =
        !sent.isEmpty() && sent.stream().allMatch(d -> d.status() == AlertOutbox.Status.DELIVERED);
    ctx.status(ok ? 200 : 502).json(out);
  }

  private void deliveries(Context ctx) {
    AlertRule r = owned(ctx);
    ArrayNode out = DocumentJson.mapper().createArrayNode();
    for (AlertOutbox.Delivery d :
        alerts
            .outbox()
            .ofRule(r.id(), ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100))) {
      ObjectNode n = delivery(d);
      ArrayNode attempts = n.putArray("attempts");
      alerts
          .outbox()
          .attempts(d.id())
          .forEach(a -> attempts.add(DocumentJson.mapper().valueToTree(a)));
      out.add(n);
    }
    ctx.json(out);
  }

  private void resend(Context ctx) {
    String id = ctx.pathParam("delivery");
    AlertOutbox.Delivery d =
        alerts.outbox().get(id).orElseThrow(() -> new NotFoundResponse("no delivery " + id));
    Viewer v = Viewer.current();
    AlertRule r = alerts.rules().get(d.ruleId()).orElseThrow(() -> new NotFoundResponse(id));
    if (!v.may(Role.ADMIN) && !r.owner().equals(v.name())) {
      throw new ForbiddenResponse("this alert is another account's");
    }
    if (!alerts.outbox().resend(id, java.time.Instant.now())) {
      throw new BadRequestResponse("only a failed delivery can be re-sent");
    }
    ctx.status(202);
  }

  private void notices(Context ctx) {
    String owner = Viewer.current().name();
    ObjectNode out = DocumentJson.mapper().createObjectNode();
    out.put("unread", alerts.notices().unread(owner));
    out.set("notifications", DocumentJson.mapper().valueToTree(alerts.notices().of(owner, 50)));
    ctx.json(out);
  }

  private static ObjectNode delivery(AlertOutbox.Delivery d) {
    ObjectNode n = DocumentJson.mapper().createObjectNode();
    n.put("id", d.id());
    n.put("kind", d.kind());
    n.put("channel", d.channel());
    n.put("target", d.target());
    n.put("status", d.status().name().toLowerCase(Locale.ROOT));
    n.put("attempts", d.attempts());
    n.put("createdAt", d.createdAt().toString());
    n.put("nextAt", d.nextAt().toString());
    if (d.lastCode() != null) {
      n.put("lastCode", d.lastCode());
    }
    n.put("lastError", d.lastError());
    n.put("deliveredAt", d.deliveredAt() == null ? null : d.deliveredAt().toString());
    return n;
  }

  private static ObjectNode json(AlertRule r, boolean withSecret) {
    ObjectNode n = DocumentJson.mapper().createObjectNode();
    n.put("id", r.id());
    n.put("name", r.name());
    n.put("owner", r.owner());
    n.put("query", r.query());
    n.put("mode", r.mode().code());
    n.put("zone", r.zone().getId());
    n.put("email", r.email());
    n.put("webhook", r.webhookUrl());
    n.put("webhookDisabled", r.webhookDisabled());
    n.put("feed", "/alerts/feed/" + r.feedSecret());
    if (withSecret && r.webhookSecret() != null) {
      n.put("webhookSecret", r.webhookSecret());
    }
    return n;
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.path(field);
    return v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
  }
}
