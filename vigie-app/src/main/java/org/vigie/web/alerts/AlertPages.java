package org.vigie.web.alerts;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.archive.access.Role;
import org.vigie.archive.alerts.AlertOutbox;
import org.vigie.archive.alerts.AlertRule;
import org.vigie.archive.alerts.AlertService;
import org.vigie.search.QueryParser;
import org.vigie.search.QuerySyntaxException;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Searcher;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Pages;
import org.vigie.web.page.Viewer;
import org.vigie.web.page.WebText;

/**
 * "Mes alertes": the viewer's rules (every rule for an admin), "Créer une alerte" opened from a
 * search with its query and filters and a preview of what it would have sent in the last 7 days,
 * and a rule's page with its delivery log and a test button. Plain forms, answered by redirects.
 */
public final class AlertPages {
  static final int PREVIEW_DAYS = 7;

  private final AlertService alerts;
  private final Searcher searcher;

  public AlertPages(AlertService alerts, Searcher searcher) {
    this.alerts = alerts;
    this.searcher = searcher;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/alerts", this::list);
    routes.get("/alerts/new", this::newForm);
    routes.post("/alerts", this::create);
    routes.get("/alerts/{id}", this::show);
    routes.post("/alerts/{id}/test", this::test);
    routes.post("/alerts/{id}/delete", this::delete);
  }

  private void list(Context ctx) {
    render(ctx, null, null, List.of(), null);
  }

  private void newForm(Context ctx) {
    String query = AlertQuery.of(ctx.queryParam("q"), ctx.queryParams("f"));
    render(ctx, form(ctx, query, "", "", "immediate", null), null, List.of(), null);
  }

  private void create(Context ctx) {
    String name = value(ctx, "name");
    String query = value(ctx, "query");
    String email = value(ctx, "email");
    String webhook = value(ctx, "webhook");
    String mode = value(ctx, "mode").isEmpty() ? "immediate" : value(ctx, "mode");
    WebText t = Pages.text(ctx);
    String error = null;
    if (name.isEmpty() || query.isEmpty()) {
      error = t.t("alerts.needNameQuery");
    } else if (email.isEmpty() && webhook.isEmpty()) {
      error = t.t("alerts.needChannel");
    }
    if (error == null) {
      try {
        AlertRule saved =
            alerts.add(
                new AlertRule(
                    0,
                    name,
                    Viewer.current().name(),
                    query,
                    AlertRule.Mode.parse(mode),
                    null,
                    null,
                    null,
                    0,
                    blankToNull(email),
                    blankToNull(webhook),
                    null,
                    false,
                    false,
                    null,
                    t.english() ? "en" : "fr",
                    true));
        ctx.redirect("/alerts/" + saved.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        return;
      } catch (QuerySyntaxException e) {
        error = org.vigie.web.page.QueryErrorText.describe(t, e);
      } catch (IllegalArgumentException e) {
        error = e.getMessage();
      }
    }
    ctx.status(400);
    render(
        ctx, form(ctx, query, email, webhook, mode, error).withName(name), null, List.of(), null);
  }

  private void show(Context ctx) {
    AlertRule r = owned(ctx);
    render(ctx, null, line(r), deliveries(r), ctx.queryParam("msg"));
  }

  private void test(Context ctx) {
    AlertRule r = owned(ctx);
    List<AlertOutbox.Delivery> sent = alerts.test(r);
    boolean ok =
        !sent.isEmpty() && sent.stream().allMatch(d -> d.status() == AlertOutbox.Status.DELIVERED);
    ctx.redirect(
        "/alerts/" + r.id() + "?msg=" + (ok ? "test-ok" : "test-failed"),
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void delete(Context ctx) {
    alerts.remove(owned(ctx).id());
    ctx.redirect("/alerts", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private AlertRule owned(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse(ctx.pathParam("id"));
    }
    AlertRule r = alerts.rules().get(id).orElseThrow(() -> new NotFoundResponse("/alerts/" + id));
    Viewer v = Viewer.current();
    if (!v.may(Role.ADMIN) && !r.owner().equals(v.name())) {
      throw new ForbiddenResponse("/alerts/" + id);
    }
    return r;
  }

  private AlertsView.Form form(
      Context ctx, String query, String email, String webhook, String mode, String error) {
    List<String> preview = new ArrayList<>();
    long total = 0;
    if (!query.isBlank()) {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      try {
        SearchResult r =
            searcher.search(
                SearchRequest.matching(
                        QueryParser.parse(
                            "("
                                + query
                                + ") published:["
                                + today.minusDays(PREVIEW_DAYS)
                                + " TO "
                                + today
                                + "]"))
                    .page(0, 20));
        total = r.total();
        r.hits().forEach(h -> preview.add(title(h)));
      } catch (QuerySyntaxException e) {
        error =
            error != null ? error : org.vigie.web.page.QueryErrorText.describe(Pages.text(ctx), e);
      }
    }
    return new AlertsView.Form("", query, email, webhook, mode, preview, total, error);
  }

  private static String title(SearchResult.Hit h) {
    String title = h.document().title();
    String site = h.document().site() == null ? "" : " — " + h.document().site();
    return (title == null || title.isBlank() ? h.document().id() : title) + site;
  }

  private void render(
      Context ctx,
      AlertsView.Form form,
      AlertsView.Line rule,
      List<AlertsView.Delivery> deliveries,
      String msg) {
    WebText t = Pages.text(ctx);
    Viewer v = Viewer.current();
    List<AlertRule> rules =
        v.may(Role.ADMIN) ? alerts.rules().list() : alerts.rules().ownedBy(v.name());
    String title =
        rule != null ? rule.name() : form != null ? t.t("alerts.new") : t.t("alerts.title");
    Chrome chrome = new Chrome(t, title, Pages.switchUrl(ctx, t));
    String message = msg == null ? null : t.t("alerts." + msg.replaceAll("[^a-z-]", ""));
    Pages.render(
        ctx,
        "alerts.jte",
        new AlertsView(
            chrome,
            rules.stream().map(this::line).toList(),
            v.name() == null ? 0 : alerts.notices().unread(v.name()),
            form,
            rule,
            deliveries,
            message));
  }

  private AlertsView.Line line(AlertRule r) {
    List<String> channels = new ArrayList<>();
    if (r.email() != null) {
      channels.add(r.email());
    }
    if (r.webhookUrl() != null) {
      channels.add(r.webhookUrl() + (r.webhookDisabled() ? " (410)" : ""));
    }
    List<AlertOutbox.Delivery> last = alerts.outbox().ofRule(r.id(), 1);
    return new AlertsView.Line(
        r.id(),
        r.name(),
        r.query(),
        r.mode().code(),
        String.join(", ", channels),
        "/alerts/feed/" + r.feedSecret(),
        last.isEmpty()
            ? ""
            : last.get(0).createdAt().toString().substring(0, 16).replace('T', ' ')
                + " "
                + last.get(0).status().name().toLowerCase(Locale.ROOT));
  }

  private List<AlertsView.Delivery> deliveries(AlertRule r) {
    return alerts.outbox().ofRule(r.id(), 100).stream()
        .map(
            d ->
                new AlertsView.Delivery(
                    d.createdAt().toString().substring(0, 19).replace('T', ' '),
                    d.kind(),
                    d.channel(),
                    d.status().name().toLowerCase(Locale.ROOT),
                    d.attempts(),
                    (d.lastCode() == null ? "" : d.lastCode() + " ")
                        + (d.lastError() == null ? "" : d.lastError())))
        .toList();
  }

  private static String value(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
