package org.vigie.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.InputStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.document.DocumentJson;
import org.vigie.search.QuerySyntaxException;
import org.vigie.store.DocumentStore;
import org.vigie.web.access.AccessApi;
import org.vigie.web.access.AccessControl;
import org.vigie.web.access.AccessPages;
import org.vigie.web.access.AccessRules;
import org.vigie.web.documents.DocumentPages;
import org.vigie.web.documents.OriginalPages;
import org.vigie.web.page.ApiError;
import org.vigie.web.page.ErrorView;
import org.vigie.web.page.Missing;
import org.vigie.web.page.Pages;
import org.vigie.web.page.QueryErrorText;
import org.vigie.web.page.WebText;
import org.vigie.web.search.ExportRoutes;
import org.vigie.web.search.SearchPage;
import org.vigie.web.sources.SourcesPages;
import org.vigie.web.stories.StoryPages;

/**
 * Vigie's web interface and JSON API over a document store: the search page, document pages, {@code
 * /api/search}, {@code /api/documents/{id}} and {@code /health}.
 *
 * <p>Pages are server-rendered by precompiled jte templates (which escape every value), enhanced by
 * htmx when JavaScript runs, and work without it. French by default; {@code ?lang=en} switches to
 * English and remembers it in a cookie. Errors map to HTTP statuses in one place ({@link #errors}).
 *
 * <p>Every request first goes through {@link AccessControl#check} (who is asking, the role table
 * {@link AccessRules}, CSRF), so routes added here are protected without doing anything.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String HTMX =
      "META-INF/resources/webjars/htmx.org/" + Versions.HTMX + "/dist/htmx.min.js";
  private static final String ECHARTS =
      "META-INF/resources/webjars/echarts/" + Versions.ECHARTS + "/dist/echarts.min.js";
  private static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
              + " object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
          "X-Content-Type-Options",
          "nosniff",
          "Referrer-Policy",
          "no-referrer",
          "X-Frame-Options",
          "DENY");

  private final DocumentStore store;
  private final SourcesPages sources;
  private final SearchPage searchPage;
  private final AccessControl access;
  private final ExpensiveQueryGate limits;
  private Javalin app;
  private org.vigie.archive.ArchiveTopics topics;
  private org.vigie.archive.alerts.AlertService alerts;
  private org.vigie.archive.coordination.CoordinationService coordination;
  private org.vigie.archive.accounts.AccountRegistry accounts;
  private org.vigie.archive.influence.InfluenceService influence;
  private java.nio.file.Path dataFolder;
  private org.vigie.archive.reports.ReportService reports;
  private org.vigie.archive.catalog.LiveCatalog live;
  private org.vigie.archive.backup.BackupJobs backups;
  private org.vigie.archive.review.ReviewQueue review;
  private org.vigie.archive.claims.FactChecks factChecks;

  /** A server in public read-only mode without accounts: anonymous search and documents only. */
  public WebServer(DocumentStore store) {
    this(store, AccessControl.publicReadOnly());
  }

  /** A server whose every route is guarded by {@code access} (see {@link AccessRules}). */
  public WebServer(DocumentStore store, AccessControl access) {
    this(store, access, null);
  }

  /**
   * A server whose every route is guarded by {@code access}, showing the sources pages ({@link
   * SourcesPages}) when given them.
   */
  public WebServer(DocumentStore store, AccessControl access, SourcesPages sources) {
    this.store = store;
    this.sources = sources;
    this.searchPage = new SearchPage(store);
    this.access = access;
    this.limits = new ExpensiveQueryGate(this::client);
  }

  /** Who a request comes from, for the query limits: its account, else its address. */
  private String client(Context ctx) {
    org.vigie.web.page.Viewer v = AccessControl.viewer(ctx);
    return v.signedIn() ? "user:" + v.name() : "ip:" + access.clientAddress(ctx);
  }

  /** Serves the taxonomy's pages too, and shows topics by name; call before {@link #start}. */
  /** Shows what live sources noticed about posts (engagement history, removal). */
  public WebServer withLive(org.vigie.archive.catalog.LiveCatalog live) {
    this.live = live;
    return this;
  }

  /** Serves the fact-checks' API ({@code /api/claims}). */
  public WebServer withFactChecks(org.vigie.archive.claims.FactChecks checks) {
    this.factChecks = checks;
    return this;
  }

  /** Serves the alerts' API and feeds. */
  public WebServer withAlerts(org.vigie.archive.alerts.AlertService alerts) {
    this.alerts = alerts;
    return this;
  }

  /** Serves the "Réseaux coordonnés" pages and their API over these runs. */
  public WebServer withCoordination(org.vigie.archive.coordination.CoordinationService c) {
    this.coordination = c;
    return this;
  }

  /** Serves the social accounts' and actors' pages and API over this registry. */
  public WebServer withAccounts(org.vigie.archive.accounts.AccountRegistry registry) {
    this.accounts = registry;
    return this;
  }

  /** Serves the influence page and API over these rankings (needs {@link #withAccounts}). */
  public WebServer withInfluence(org.vigie.archive.influence.InfluenceService rankings) {
    this.influence = rankings;
    return this;
  }

  /** Serves the review queue's pages and {@code /api/review}. */
  public WebServer withReview(org.vigie.archive.review.ReviewQueue queue) {
    this.review = queue;
    return this;
  }

  /** Serves the Rapports page and {@code /api/reports}. */
  public WebServer withReports(org.vigie.archive.reports.ReportService service) {
    this.reports = service;
    return this;
  }

  /** Serves the admin's backups page and {@code /api/admin/backups}. */
  public WebServer withBackups(org.vigie.archive.backup.BackupJobs jobs) {
    this.backups = jobs;
    return this;
  }

  public WebServer withTopics(org.vigie.archive.ArchiveTopics topics) {
    this.topics = topics;
    return this;
  }

  /**
   * Shows documents' archived originals ({@link OriginalPages}) from the WARC files under {@code
   * dataFolder}; call before {@link #start}. Without it, originals are reported unavailable.
   */
  public WebServer withOriginals(java.nio.file.Path dataFolder) {
    this.dataFolder = dataFolder;
    return this;
  }

  /**
   * Starts serving; port 0 picks a free port.
   *
   * @return the port it listens on
   */
  public int start(String host, int port) {
    app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.modifyHttpConfiguration(
                  http -> http.setRequestHeaderSize(JettyErrors.REQUEST_HEADER_BYTES));
              config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/assets";
                    files.directory = "/web/assets";
                    files.location = Location.CLASSPATH;
                  });
              config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
              config.routes.before(access::check);
              config.routes.before(limits::before);
              config.routes.after(limits::after);
              config.routes.after(access::done);
              new AccessPages(access).routes(config);
              new AccessApi(access).routes(config);
              new ExportRoutes(store).routes(config);
              config.routes.get("/api/openapi.json", WebServer::openApi);
              config.routes.get("/", searchPage::page);
              DocumentPages documents =
                  new DocumentPages(store, searchPage::topicName, live).withReview(review);
              config.routes.get("/documents/{id}", documents::page);
              OriginalPages originals = new OriginalPages(store, dataFolder);
              config.routes.get("/documents/{id}/original", originals::page);
              config.routes.get("/documents/{id}/original.warc", originals::download);
              StoryPages stories = new StoryPages(store);
              config.routes.get("/stories", stories::list);
              config.routes.get("/stories/{id}", stories::page);
              config.routes.get("/api/search", searchPage::api);
              config.routes.get("/api/documents/{id}", documents::api);
              config.routes.get("/api/documents/{id}/engagement", documents::engagement);
              config.routes.get("/health", this::health);
              if (sources != null) {
                sources.routes(config);
              }
              new org.vigie.web.harm.HarmApi(store).routes(config.routes);
              if (factChecks != null) {
                new org.vigie.web.claims.ClaimApi(factChecks).routes(config.routes);
              }
              if (alerts != null) {
                new org.vigie.web.alerts.AlertApi(alerts).routes(config.routes);
                new org.vigie.web.alerts.AlertPages(alerts, store).routes(config.routes);
              }
              if (accounts != null) {
                new org.vigie.web.accounts.AccountPages(accounts, store, coordination)
                    .routes(config.routes);
                if (influence != null) {
                  new org.vigie.web.influence.InfluencePages(influence, java.time.Clock.systemUTC())
                      .routes(config.routes);
                }
              }
              if (coordination != null) {
                new org.vigie.web.coordination.CoordinationPages(
                        coordination, store, java.time.Clock.systemUTC())
                    .routes(config.routes);
              }
              if (reports != null) {
                new org.vigie.web.reports.ReportPages(reports).routes(config.routes);
                new org.vigie.web.reports.ReportApi(reports).routes(config.routes);
              }
              if (backups != null) {
                new org.vigie.web.backups.BackupPages(backups).routes(config.routes);
              }
              if (review != null) {
                new org.vigie.web.review.ReviewPages(review, store).routes(config.routes);
              }
              ObservatoryRoutes.register(config.routes, store, topics, searchPage);
              config.routes.get("/assets/htmx.min.js", ctx -> script(ctx, HTMX));
              config.routes.get("/assets/echarts.min.js", ctx -> script(ctx, ECHARTS));
              errors(config);
            });
    app.start(host, port);
    return app.port();
  }

  /** Every exception becomes a status and a page (or JSON under /api), here and only here. */
  private void errors(io.javalin.config.JavalinConfig config) {
    config.routes.exception(
        QuerySyntaxException.class,
        (e, ctx) -> fail(ctx, 400, QueryErrorText.describe(Pages.text(ctx), e)));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage(), e.getDetails().get(Missing.KIND)));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("request {} failed", ctx.path(), e);
          fail(ctx, 500, null);
        });
    config.routes.error(
        404,
        "*",
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Not Found")) {
            fail(ctx, 404, ctx.path());
          }
        });
  }

  private void fail(Context ctx, int status, String detail) {
    fail(ctx, status, detail, null);
  }

  /**
   * Writes an error; {@code kind} words a 404 ({@code token}, {@code user}…; a document when null).
   * The language is read leniently here: a bad {@code ?lang=} is itself the error being shown.
   */
  private void fail(Context ctx, int status, String detail, String kind) {
    WebText t = Pages.lenientText(ctx);
    String shown = detail == null ? "" : detail;
    String message =
        switch (status) {
          case 401 -> t.t("error.unauthorized", shown);
          case 403 -> t.t("error.forbidden", shown);
          case 404 -> t.t(kind == null ? "error.notFound" : "error.notFound." + kind, shown);
          case 429 -> t.t("error.tooMany", shown);
          case 503 -> t.t("error.busy", shown);
          case 500 -> t.t("error.server");
          default -> t.t("error.badRequest", shown);
        };
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json").result(ApiError.json(status, message));
      return;
    }
    String title = t.t(status == 404 ? "error.notFound.title" : "error.title");
    Pages.render(ctx, "error.jte", new ErrorView(Pages.chrome(ctx, t, title), message));
  }

  private void health(Context ctx) {
    ObjectNode body = DocumentJson.mapper().createObjectNode();
    body.put("status", "ok");
    body.put("documents", store.count());
    ctx.contentType("application/json").result(body.toString());
  }

  /** The OpenAPI 3.1 description of the JSON API, a resource kept beside this class. */
  private static void openApi(Context ctx) {
    InputStream in = WebServer.class.getResourceAsStream("openapi.json");
    if (in == null) {
      throw new IllegalStateException("openapi.json is missing from the classpath");
    }
    ctx.contentType("application/json").result(in);
  }

  /** Serves a bundled front-end library from its webjar. */
  private static void script(Context ctx, String resource) {
    InputStream in = WebServer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "a bundled script is missing from the classpath: " + resource);
    }
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType("text/javascript; charset=utf-8").result(in);
  }

  @Override
  public void close() {
    if (app != null) {
      app.stop();
    }
  }
}
