package org.vigie.web.accounts;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.analytics.influence.AccountActivity;
import org.vigie.archive.access.Role;
import org.vigie.archive.accounts.AccountRecords;
import org.vigie.archive.accounts.AccountRegistry;
import org.vigie.archive.coordination.CoordinationService;
import org.vigie.search.Histogram;
import org.vigie.search.Searcher;
import org.vigie.web.page.ChartData;
import org.vigie.web.page.Pages;
import org.vigie.web.page.SearchParams;
import org.vigie.web.page.Viewer;
import org.vigie.web.page.WebText;

/**
 * The accounts seen in posts ({@code /accounts}), one account's page ({@code
 * /accounts/{platform}/{id}}: posts per day, reach over time, what it talks about, hashtags and
 * domains, who amplifies it and whom it amplifies, its latest posts with their overperformance, its
 * coordination groups; labels, watchlist and actor for editors), and actors ({@code /actors/{id}}),
 * with their JSON API ({@link AccountApi}).
 */
public final class AccountPages {
  private final AccountRegistry registry;
  private final Searcher searcher;
  private final CoordinationService coordination;

  public AccountPages(
      AccountRegistry registry, Searcher searcher, CoordinationService coordination) {
    this.registry = registry;
    this.searcher = searcher;
    this.coordination = coordination;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/accounts", this::list);
    routes.get("/accounts/{platform}/{id}", this::account);
    routes.post("/accounts/{platform}/{id}", this::mark);
    routes.post("/accounts/{platform}/{id}/actor", this::linkActor);
    routes.get("/actors", this::actors);
    routes.post("/actors", this::createActor);
    routes.get("/actors/{id}", this::actor);
    routes.post("/actors/{id}/entities", this::linkEntity);
    new AccountApi(registry, searcher, coordination).routes(routes);
  }

  private void list(Context ctx) {
    WebText t = Pages.text(ctx);
    String platform = blankToNull(ctx.queryParam("platform"));
    String label = blankToNull(ctx.queryParam("label"));
    boolean watched = "1".equals(ctx.queryParam("watched"));
    String text = blankToNull(ctx.queryParam("q"));
    boolean editor = Viewer.current().may(Role.EDITOR);
    Pages.render(
        ctx,
        "accounts.jte",
        new AccountsView.Listing(
            Pages.chrome(ctx, t, t.t("accounts.title")),
            registry.list(platform, label, watched, text, 0, 500),
            platform == null ? "" : platform,
            label == null ? "" : label,
            watched,
            text == null ? "" : text,
            editor ? registry.suggestions(20) : List.of(),
            AccountRecords.LABELS,
            editor));
  }

  private void account(Context ctx) {
    WebText t = Pages.text(ctx);
    String platform = ctx.pathParam("platform").toLowerCase(java.util.Locale.ROOT);
    String accountId = ctx.pathParam("id");
    // an account only seen through others' posts (retweeted, forwarded, mentioned) has a page too
    AccountRecords.SeenAccount a =
        registry
            .get(platform, accountId)
            .orElseGet(
                () ->
                    new AccountRecords.SeenAccount(
                        platform,
                        accountId,
                        null,
                        null,
                        java.time.Instant.EPOCH,
                        java.time.Instant.EPOCH,
                        0,
                        List.of(),
                        null,
                        List.of(),
                        false,
                        null));
    boolean registered = a.posts() > 0;
    AccountActivity.Report activity =
        AccountActivity.of(searcher, a.platform(), a.id(), a.handle());
    List<AccountsView.GroupLink> groups = new ArrayList<>();
    if (coordination != null) {
      for (var g : coordination.groupsOf(a.platform() + "/" + a.id(), 10)) {
        groups.add(
            new AccountsView.GroupLink(
                "/coordination/groups/" + g.id(),
                t.t("accounts.group", g.rank(), g.runId(), g.size())));
      }
    }
    if (!registered && activity.amplifiedBy().isEmpty()) {
      throw new NotFoundResponse("/accounts/" + platform + "/" + accountId);
    }
    Pages.render(
        ctx,
        "account-page.jte",
        new AccountsView.Account(
            Pages.chrome(ctx, t, a.label()),
            a,
            a.actorId() == null ? null : registry.actor(a.actorId()).orElse(null),
            registry.actors(),
            activity,
            postsChart(activity.perDay(), t),
            followersChart(a, t),
            "/?q=" + SearchParams.encode(activity.query()),
            groups,
            AccountRecords.LABELS,
            registered && Viewer.current().may(Role.EDITOR),
            ctx.queryParam("msg") == null
                ? null
                : t.t("accounts.msg." + ctx.queryParam("msg").replaceAll("[^a-z]", ""))));
  }

  private void mark(Context ctx) {
    AccountRecords.SeenAccount a = accountOf(ctx);
    registry.mark(
        a.platform(), a.id(), ctx.formParams("labels"), "1".equals(ctx.formParam("watched")));
    ctx.redirect(a.path() + "?msg=saved", HttpStatus.SEE_OTHER);
  }

  private void linkActor(Context ctx) {
    AccountRecords.SeenAccount a = accountOf(ctx);
    String newName = blankToNull(ctx.formParam("newActor"));
    String chosen = blankToNull(ctx.formParam("actor"));
    Long actor;
    if (newName != null) {
      actor = registry.createActor(newName, a.labels(), null).id();
    } else if (chosen == null || chosen.equals("none")) {
      actor = null;
    } else {
      try {
        actor = Long.parseLong(chosen);
      } catch (NumberFormatException e) {
        throw new BadRequestResponse("actor: not an id: " + chosen);
      }
    }
    try {
      registry.link(a.platform(), a.id(), actor);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    ctx.redirect(a.path() + "?msg=linked", HttpStatus.SEE_OTHER);
  }

  private void actors(Context ctx) {
    WebText t = Pages.text(ctx);
    Pages.render(
        ctx,
        "actors.jte",
        new AccountsView.Actors(
            Pages.chrome(ctx, t, t.t("actors.title")),
            registry.actors(),
            Viewer.current().may(Role.EDITOR)));
  }

  private void createActor(Context ctx) {
    String name = blankToNull(ctx.formParam("name"));
    if (name == null) {
      throw new BadRequestResponse("name: an actor needs a name");
    }
    var actor = registry.createActor(name, ctx.formParams("labels"), ctx.formParam("note"));
    ctx.redirect(actor.path(), HttpStatus.SEE_OTHER);
  }

  private void actor(Context ctx) {
    WebText t = Pages.text(ctx);
    AccountRecords.Actor actor = actorOf(ctx);
    List<AccountRecords.SeenAccount> accounts = registry.accountsOf(actor.id());
    Map<LocalDate, long[]> perDay = new TreeMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      AccountRecords.SeenAccount a = accounts.get(i);
      names.add(a.platform() + " " + a.label());
      Histogram h = AccountActivity.perDay(searcher, a.platform(), a.id());
      for (Histogram.Bucket b : h.buckets()) {
        perDay.computeIfAbsent(b.start(), d -> new long[accounts.size()])[i] += b.count();
      }
    }
    List<ChartData.Series> series = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      List<Long> counts = new ArrayList<>();
      for (long[] c : perDay.values()) {
        counts.add(c[i]);
      }
      series.add(new ChartData.Series(names.get(i), counts));
    }
    Pages.render(
        ctx,
        "actor.jte",
        new AccountsView.Actor(
            Pages.chrome(ctx, t, actor.name()),
            actor,
            accounts,
            registry.entitiesOf(actor.id()),
            perDay.isEmpty()
                ? null
                : ChartData.json(new ArrayList<>(perDay.keySet()), series, t.t("accounts.posts")),
            Viewer.current().may(Role.EDITOR)));
  }

  private void linkEntity(Context ctx) {
    AccountRecords.Actor actor = actorOf(ctx);
    String type = blankToNull(ctx.formParam("type"));
    String name = blankToNull(ctx.formParam("name"));
    if (type == null || name == null || !(type.equals("PER") || type.equals("ORG"))) {
      throw new BadRequestResponse("type (PER or ORG) and name are needed");
    }
    registry.linkEntity(actor.id(), type, name);
    ctx.redirect(actor.path(), HttpStatus.SEE_OTHER);
  }

  private AccountRecords.SeenAccount accountOf(Context ctx) {
    String platform = ctx.pathParam("platform");
    String id = ctx.pathParam("id");
    return registry
        .get(platform, id)
        .orElseThrow(() -> new NotFoundResponse("/accounts/" + platform + "/" + id));
  }

  private AccountRecords.Actor actorOf(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse(ctx.path());
    }
    return registry.actor(id).orElseThrow(() -> new NotFoundResponse("/actors/" + id));
  }

  private static String postsChart(Histogram h, WebText t) {
    if (h.buckets().isEmpty()) {
      return null;
    }
    return ChartData.json(
        h.buckets().stream().map(Histogram.Bucket::start).toList(),
        List.of(
            new ChartData.Series(
                t.t("accounts.posts"), h.buckets().stream().map(Histogram.Bucket::count).toList())),
        t.t("accounts.posts"));
  }

  /** The followers seen, the last count of each day. */
  private String followersChart(AccountRecords.SeenAccount a, WebText t) {
    Map<LocalDate, Long> byDay = new TreeMap<>();
    for (AccountRecords.FollowerPoint p : registry.followers(a.platform(), a.id())) {
      byDay.put(LocalDate.ofInstant(p.at(), java.time.ZoneOffset.UTC), p.followers());
    }
    if (byDay.isEmpty()) {
      return null;
    }
    return ChartData.json(
        new ArrayList<>(byDay.keySet()),
        List.of(new ChartData.Series(t.t("accounts.followers"), new ArrayList<>(byDay.values()))),
        t.t("accounts.followers"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
