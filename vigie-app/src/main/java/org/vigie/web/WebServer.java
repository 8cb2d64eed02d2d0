package org.vigie.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.search.QueryParser;
import org.vigie.search.QuerySyntaxException;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;
import org.vigie.store.DocumentStore;
import org.vigie.store.StorySummary;
import org.vigie.web.access.AccessApi;
import org.vigie.web.access.AccessControl;
import org.vigie.web.access.AccessPages;
import org.vigie.web.access.AccessRules;

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
  private static final String LANG_COOKIE = "lang";
  private static final int COPIES_LISTED = 100;
  private static final int STORIES_LISTED = 50;
  private static final int STORY_DOCUMENTS_LISTED = 500;
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
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private Javalin app;
  private org.vigie.archive.ArchiveTopics topics;
  private java.nio.file.Path dataFolder;

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
  }

  /** Serves the taxonomy's pages too, and shows topics by name; call before {@link #start}. */
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
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/assets";
                    files.directory = "/web/assets";
                    files.location = Location.CLASSPATH;
                  });
              config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
              config.routes.before(access::check);
              config.routes.after(access::done);
              new AccessPages(access).routes(config);
              new AccessApi(access).routes(config);
              new ExportRoutes(store).routes(config);
              config.routes.get("/api/openapi.json", WebServer::openApi);
              config.routes.get("/", this::searchPage);
              config.routes.get("/documents/{id}", this::documentPage);
              OriginalPages originals = new OriginalPages(store, dataFolder, this);
              config.routes.get("/documents/{id}/original", originals::page);
              config.routes.get("/documents/{id}/original.warc", originals::download);
              config.routes.get("/stories", this::storiesPage);
              config.routes.get("/stories/{id}", this::storyPage);
              config.routes.get("/api/search", this::searchApi);
              config.routes.get("/api/documents/{id}", this::documentApi);
              config.routes.get("/health", this::health);
              if (sources != null) {
                sources.routes(config, this);
              }
              ObservatoryRoutes.register(config.routes, this, store, topics, searchPage);
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
        (e, ctx) -> fail(ctx, 400, QueryErrorText.describe(text(ctx), e)));
    config.routes.exception(
        HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
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
    WebText t = text(ctx);
    String message =
        switch (status) {
          case 401 -> t.t("error.unauthorized", detail == null ? "" : detail);
          case 403 -> t.t("error.forbidden", detail == null ? "" : detail);
          case 404 -> t.t("error.notFound", detail == null ? "" : detail);
          case 500 -> t.t("error.server");
          default -> t.t("error.badRequest", detail == null ? "" : detail);
        };
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json").result(ApiError.json(status, message));
      return;
    }
    String title = t.t(status == 404 ? "error.notFound.title" : "error.title");
    render(ctx, "error.jte", new ErrorView(new Chrome(t, title, switchUrl(ctx, t)), message));
  }

  private void searchPage(Context ctx) {
    WebText t = text(ctx);
    SearchView view = searchPage.view(SearchParams.from(ctx), t, switchUrl(ctx, t));
    if (view.error() != null) {
      ctx.status(400);
    }
    boolean fragment =
        "true".equals(ctx.header("HX-Request"))
            && !"true".equals(ctx.header("HX-History-Restore-Request"));
    render(ctx, fragment ? "results.jte" : "search.jte", view);
  }

  private void documentPage(Context ctx) {
    WebText t = text(ctx);
    AnalyzedDocument doc = document(ctx);
    Chrome chrome = new Chrome(t, SearchPage.displayTitle(doc, t), switchUrl(ctx, t));
    AnalyzedDocument original =
        doc.duplicateOf() == null ? null : store.get(doc.duplicateOf()).orElse(null);
    StorySummary story = doc.storyId() == null ? null : store.story(doc.storyId()).orElse(null);
    AnalyzedDocument shown =
        doc.toBuilder().topics(doc.topics().stream().map(searchPage::topicName).toList()).build();
    render(
        ctx,
        "document.jte",
        DocumentView.of(shown, chrome, backUrl(ctx), original, copies(doc), story));
  }

  private void storiesPage(Context ctx) {
    WebText t = text(ctx);
    Chrome chrome = new Chrome(t, t.t("stories.title"), switchUrl(ctx, t));
    render(ctx, "stories.jte", StoriesView.of(store.stories(STORIES_LISTED), chrome));
  }

  private void storyPage(Context ctx) {
    WebText t = text(ctx);
    String id = ctx.pathParam("id");
    StorySummary story =
        (id.matches("[0-9a-f]{1,64}") ? store.story(id) : Optional.<StorySummary>empty())
            .orElseThrow(() -> new NotFoundResponse(id));
    SearchRequest request =
        new SearchRequest(
            QueryParser.parse(""),
            Map.of(SearchFields.STORY, Set.of(id)),
            Sort.OLDEST,
            0,
            STORY_DOCUMENTS_LISTED,
            List.of(),
            false);
    List<AnalyzedDocument> docs =
        store.search(request).hits().stream().map(SearchResult.Hit::document).toList();
    Chrome chrome = new Chrome(t, StoriesView.label(story, t), switchUrl(ctx, t));
    render(ctx, "story.jte", StoryView.of(story, docs, chrome));
  }

  /** The first stored copies of an original, oldest first; none for a copy. */
  private List<AnalyzedDocument> copies(AnalyzedDocument doc) {
    if (doc.duplicateOf() != null) {
      return List.of();
    }
    SearchRequest request =
        new SearchRequest(
            QueryParser.parse(""),
            Map.of(SearchFields.DUPLICATE_OF, Set.of(doc.id())),
            Sort.OLDEST,
            0,
            COPIES_LISTED,
            List.of(),
            false,
            true);
    return store.search(request).hits().stream().map(SearchResult.Hit::document).toList();
  }

  /** The search the reader came from, when it was this site's; else the search page. */
  private static String backUrl(Context ctx) {
    String referer = ctx.header("Referer");
    if (referer == null) {
      return "/";
    }
    try {
      java.net.URI uri = java.net.URI.create(referer);
      boolean here = ctx.host() != null && ctx.host().equals(uri.getRawAuthority());
      boolean search = "/".equals(uri.getRawPath());
      return here && search
          ? "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
          : "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  private AnalyzedDocument document(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9a-f]{1,64}")) {
      throw new NotFoundResponse(id);
    }
    return store.get(id).orElseThrow(() -> new NotFoundResponse(id));
  }

  private void documentApi(Context ctx) {
    ctx.contentType("application/json").result(DocumentJson.write(document(ctx)));
  }

  private void searchApi(Context ctx) {
    SearchParams params = SearchParams.from(ctx);
    SearchResult result = store.search(params.toRequest(true));
    ctx.contentType("application/json").result(SearchJson.write(result, params).toString());
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

  /** The language of this request: {@code ?lang=} (remembered in a cookie), the cookie, French. */
  public static WebText text(Context ctx) {
    String asked = ctx.queryParam("lang");
    if (asked != null && (asked.equals("fr") || asked.equals("en"))) {
      ctx.cookie(
          new io.javalin.http.Cookie(
              LANG_COOKIE, asked, "/", 365 * 24 * 3600, false, true, null, SameSite.LAX));
      return WebText.of(asked);
    }
    if (asked != null) {
      throw new BadRequestResponse("bad lang '" + asked + "': expected fr or en");
    }
    return WebText.of(ctx.cookie(LANG_COOKIE));
  }

  /** This page in the other language. */
  public static String switchUrl(Context ctx, WebText t) {
    String other = t.english() ? "fr" : "en";
    String query =
        ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)lang=[^&]*", "");
    query = query.replaceAll("^&", "");
    return ctx.path() + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + other;
  }

  void render(Context ctx, String template, Object view) {
    StringOutput out = new StringOutput();
    templates.render(template, view, out);
    ctx.html(out.toString());
  }

  @Override
  public void close() {
    if (app != null) {
      app.stop();
    }
  }
}
