package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.archive.access.UserDirectory;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;

/**
 * Accounts and access over HTTP on a real archive: refusals of anonymous requests, the role table,
 * CSRF, sessions, API tokens, the login throttle, public mode, and hostile documents in exports.
 */
class AccessIT {
  static final String PASSWORD = TestServer.PASSWORD;

  @TempDir static Path work;
  static TestServer harness;
  static Archive archive;
  static UserDirectory users;
  static String base;
  static String publicBase;

  @BeforeAll
  static void start() throws Exception {
    harness = TestServer.open(work);
    archive = harness.archive();
    users = harness.users();
    Path corpus = harness.fixture("samples/seeds");
    Files.writeString(
        corpus.resolve("hostile.jsonl"),
        TestServer.jsonLine(
            "title",
            WebServerIT.XSS_TITLE,
            "text",
            WebServerIT.XSS_TEXT,
            "url",
            "javascript:alert(3)",
            "published",
            "2024-05-01"));
    harness
        .ingest("files:corpus", corpus)
        .user("admin", Role.ADMIN)
        .user("analyste", Role.ANALYST)
        .user("editeur", Role.EDITOR)
        .user("lecteur", Role.VIEWER);
    base =
        harness.start(new WebServer(archive.store(), harness.access(AccessControl.Mode.PROTECTED)));
    publicBase =
        harness.start(new WebServer(archive.store(), harness.access(AccessControl.Mode.PUBLIC)));
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return DocumentJson.mapper().readTree(r.body());
  }

  @Test
  void anonymousPagesRedirectToLoginAndTheApiAnswers401() throws Exception {
    WebClient anonymous = new WebClient(base);
    for (String page :
        List.of(
            "/",
            "/?q=paix",
            "/documents/abc",
            "/stories",
            "/account",
            "/admin/users",
            "/export?format=csv",
            "/a/route/added/later")) {
      HttpResponse<String> r = anonymous.get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(302);
      assertThat(r.headers().firstValue("Location").orElse("")).as(page).startsWith("/login?next=");
    }
    for (String api :
        List.of(
            "/api/search?q=paix",
            "/api/documents/abc",
            "/api/export",
            "/api/me",
            "/api/users",
            "/api/tokens",
            "/api/openapi.json",
            "/api/added/later")) {
      HttpResponse<String> r = anonymous.get(api);
      assertThat(r.statusCode()).as(api).isEqualTo(401);
      assertThat(json(r).get("error").get("code").asText()).isEqualTo("unauthorized");
      assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    }
    assertThat(anonymous.send("POST", "/api/users", "{}").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/health").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/assets/vigie.css").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/assets/csrf.js").statusCode()).isEqualTo(200);
  }

  @Test
  void theRoleTableDecidesEvenForRoutesNobodyDeclaredYet() throws Exception {
    WebClient viewer = WebClient.signedIn(base, "lecteur", PASSWORD);
    assertThat(viewer.get("/?q=paix").statusCode()).isEqualTo(200);
    assertThat(viewer.get("/export?format=csv").statusCode()).isEqualTo(403);
    assertThat(viewer.get("/admin/users").statusCode()).isEqualTo(403);
    assertThat(viewer.get("/api/users").statusCode()).isEqualTo(403);
    String csrf = viewer.csrf();
    // /sources is the sources engineer's: a write there needs an editor even before it exists.
    assertThat(viewer.post("/sources", Map.of("_csrf", csrf)).statusCode()).isEqualTo(403);
    WebClient editor = WebClient.signedIn(base, "editeur", PASSWORD);
    assertThat(editor.post("/sources", Map.of("_csrf", editor.csrf())).statusCode()).isEqualTo(404);
    assertThat(editor.post("/something/new", Map.of("_csrf", editor.csrf())).statusCode())
        .isEqualTo(403);
    WebClient analyst = WebClient.signedIn(base, "analyste", PASSWORD);
    assertThat(analyst.get("/export?format=jsonl&q=paix").statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(analyst.get("/?q=paix").body()).select("a.export")).hasSize(2);
    assertThat(Jsoup.parse(viewer.get("/?q=paix").body()).select("a.export")).isEmpty();
  }

  @Test
  void everyFormPostNeedsTheSessionsCsrfToken() throws Exception {
    WebClient admin = WebClient.signedIn(base, "admin", PASSWORD);
    Map<String, String> newUser = Map.of("name", "moussa", "role", "viewer");
    assertThat(admin.post("/admin/users", newUser).statusCode()).isEqualTo(403);
    Map<String, String> forged = new java.util.HashMap<>(newUser);
    forged.put("_csrf", "forged");
    assertThat(admin.post("/admin/users", forged).statusCode()).isEqualTo(403);
    assertThat(users.find("moussa")).isEmpty();
    // htmx sends it as a header, read from the page's <meta>
    HttpResponse<String> ok = admin.post("/admin/users", newUser, "X-CSRF-Token", admin.csrf());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(ok.body()).select(".notice").text()).contains("moussa");
    assertThat(users.find("moussa")).isPresent();
    assertThat(admin.post("/logout", Map.of()).statusCode()).isEqualTo(403);
    WebClient stranger = new WebClient(base);
    HttpResponse<String> noToken =
        stranger.post("/login", Map.of("name", "admin", "password", PASSWORD));
    assertThat(noToken.statusCode()).isEqualTo(403);
  }

  @Test
  void sessionsUseSafeCookiesAndEndAtLogout() throws Exception {
    WebClient browser = new WebClient(base);
    HttpResponse<String> login = browser.login("lecteur", PASSWORD);
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(AccessControl.SESSION_COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
    HttpResponse<String> out = browser.post("/logout", Map.of("_csrf", browser.csrf()));
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(browser.get("/").statusCode()).isEqualTo(302);

    WebClient proxied = new WebClient(base);
    HttpResponse<String> form = proxied.get("/login", "X-Forwarded-Proto", "https");
    // no proxy is trusted here: a forged X-Forwarded-Proto is not believed (SecurityProbeIT's
    // server trusts 127.0.0.1); the login form's cookie is set, not Secure
    assertThat(form.headers().allValues("Set-Cookie"))
        .anyMatch(c -> c.startsWith("vigie_login="))
        .noneMatch(c -> c.contains("Secure"));
    HttpResponse<String> wrong = new WebClient(base).login("lecteur", "pas le bon mot de passe");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(Jsoup.parse(wrong.body()).select(".error").text()).contains("incorrect");
  }

  @Test
  void aNewAccountMustChangeItsPasswordFirst() throws Exception {
    users.add("nouvelle", Role.VIEWER, "mot de passe provisoire", true);
    WebClient browser = new WebClient(base);
    HttpResponse<String> login = browser.login("nouvelle", "mot de passe provisoire");
    assertThat(login.headers().firstValue("Location")).contains("/account/password");
    assertThat(browser.get("/?q=paix").headers().firstValue("Location"))
        .contains("/account/password");
    HttpResponse<String> changed =
        browser.post(
            "/account/password",
            Map.of(
                "current", "mot de passe provisoire",
                "password", "mon propre mot de passe",
                "confirm", "mon propre mot de passe",
                "_csrf", browser.csrf()));
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(browser.get("/?q=paix").statusCode()).isEqualTo(200);
    assertThat(users.authenticate("nouvelle", "mon propre mot de passe")).isPresent();
  }

  @Test
  void apiTokensAuthenticateScriptsWithoutCsrf() throws Exception {
    String secret = users.createToken("analyste", "test").secret();
    WebClient script = new WebClient(base);
    String bearer = "Bearer " + secret;
    HttpResponse<String> me = script.get("/api/me", "Authorization", bearer);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(json(me).get("name").asText()).isEqualTo("analyste");
    assertThat(json(me).get("authenticatedBy").asText()).isEqualTo("token");
    HttpResponse<String> created =
        script.send("POST", "/api/tokens", "{\"label\":\"cron\"}", "Authorization", bearer);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(json(created).get("secret").asText()).startsWith("vigie_");
    assertThat(script.get("/api/users", "Authorization", bearer).statusCode()).isEqualTo(403);
    HttpResponse<String> bad = script.get("/api/me", "Authorization", "Bearer vigie_nope");
    assertThat(bad.statusCode()).isEqualTo(401);
    // a session's API write without the CSRF header is refused
    WebClient browser = WebClient.signedIn(base, "analyste", PASSWORD);
    assertThat(browser.send("POST", "/api/tokens", "{}").statusCode()).isEqualTo(403);
    assertThat(
            browser.send("POST", "/api/tokens", "{}", "X-CSRF-Token", browser.csrf()).statusCode())
        .isEqualTo(201);
  }

  @Test
  void tenWrongPasswordsSlowFurtherAttempts() throws Exception {
    // A server of its own: the throttle counts by address too, and every test comes from 127.0.0.1.
    try (WebServer own =
        new WebServer(archive.store(), new AccessControl(users, AccessControl.Mode.PROTECTED))) {
      String ownBase = "http://127.0.0.1:" + own.start("127.0.0.1", 0);
      WebClient guesser = new WebClient(ownBase);
      for (int i = 0; i < 10; i++) {
        assertThat(guesser.login("lecteur", "essai " + i).statusCode()).isEqualTo(401);
      }
      HttpResponse<String> slowed = guesser.login("lecteur", PASSWORD);
      assertThat(slowed.statusCode()).isEqualTo(429);
      assertThat(Long.parseLong(slowed.headers().firstValue("Retry-After").orElseThrow()))
          .isBetween(1L, 900L);
      assertThat(Jsoup.parse(slowed.body()).select(".error").text()).contains("Trop de tentatives");
      // another client at this address is slowed too for this account (other addresses are
      // not: SecurityProbeIT)
      HttpResponse<String> other = new WebClient(ownBase).login("lecteur", PASSWORD);
      assertThat(other.statusCode()).isEqualTo(429);
    }
  }

  @Test
  void publicModeOpensSearchAndDocumentsOnly() throws Exception {
    WebClient anonymous = new WebClient(publicBase);
    assertThat(anonymous.get("/?q=paix").statusCode()).isEqualTo(200);
    HttpResponse<String> api = anonymous.get("/api/search?q=paix");
    assertThat(api.statusCode()).isEqualTo(200);
    String id = json(api).get("hits").get(0).get("id").asText();
    assertThat(anonymous.get("/documents/" + id).statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/api/documents/" + id).statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/stories").statusCode()).isEqualTo(302);
    assertThat(anonymous.get("/export?format=csv").statusCode()).isEqualTo(302);
    assertThat(anonymous.get("/api/export").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/api/me").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/admin/users").statusCode()).isEqualTo(302);
  }

  @Test
  void theDemoOpensStraightAwayAsTheDemoAdmin() throws Exception {
    try (WebServer demo =
        new WebServer(archive.store(), new AccessControl(users, AccessControl.Mode.DEMO))) {
      WebClient visitor = new WebClient("http://127.0.0.1:" + demo.start("127.0.0.1", 0));
      HttpResponse<String> home = visitor.get("/?q=paix");
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(home.body()).select("a.account").text()).isEqualTo("demo");
      assertThat(visitor.get("/admin/users").statusCode()).isEqualTo(200);
      assertThat(visitor.get("/export?format=csv&q=paix").statusCode()).isEqualTo(200);
      // its forms are still CSRF-protected
      assertThat(visitor.post("/admin/users", Map.of("name", "x", "role", "viewer")).statusCode())
          .isEqualTo(403);
    }
  }

  @Test
  void hostileDocumentsStayInertInExports() throws Exception {
    WebClient analyst = WebClient.signedIn(base, "analyste", PASSWORD);
    HttpResponse<String> csv = analyst.get("/export?format=csv&q=pi%C3%A9g%C3%A9");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"vigie-export-")
        .endsWith(".csv\"");
    assertThat(csv.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(csv.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0))
        .as("the page's download for a French reader: semicolons, as French spreadsheets expect")
        .startsWith("\uFEFFid;title;published;source;site;url;");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .contains(";<script>alert('titre')</script> Piège;")
        .contains("javascript:alert(3)");

    assertThat(analyst.get("/api/export?format=csv&q=pi%C3%A9g%C3%A9").body())
        .as("the API keeps commas")
        .startsWith("\uFEFFid,title,published,");
    assertThat(analyst.get("/export?format=csv&sep=,&q=pi%C3%A9g%C3%A9").body())
        .startsWith("\uFEFFid,title,published,");
    assertThat(analyst.get("/export?format=csv&sep=tab").statusCode()).isEqualTo(400);

    HttpResponse<String> jsonl = analyst.get("/api/export?format=jsonl&q=pi%C3%A9g%C3%A9");
    assertThat(jsonl.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/x-ndjson");
    assertThat(jsonl.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment");
    assertThat(DocumentJson.read(jsonl.body().strip()).title()).isEqualTo(WebServerIT.XSS_TITLE);
  }

  @Test
  void anExportHasOneRowPerMatchingDocument() throws Exception {
    WebClient analyst = WebClient.signedIn(base, "analyste", PASSWORD);
    long total = json(analyst.get("/api/search?q=paix")).get("total").asLong();
    HttpResponse<String> csv = analyst.get("/export?format=csv&q=paix");
    long rows = csvRecords(csv.body());
    assertThat(rows - 1).isEqualTo(total).isGreaterThan(1);
    assertThat(analyst.get("/export?format=xls").statusCode()).isEqualTo(400);
  }

  /** Records in an RFC 4180 text: CRLFs outside quoted fields. */
  static long csvRecords(String csv) {
    long records = 0;
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        records++;
      }
    }
    return records;
  }
}
