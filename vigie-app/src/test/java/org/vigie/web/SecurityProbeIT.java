package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.access.ApiToken;
import org.vigie.archive.access.Role;
import org.vigie.archive.access.UserDirectory;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;
import org.vigie.web.access.ClientAddress;
import org.vigie.web.access.LoginThrottle;

/**
 * What the security probe of issue 19 found, each replayed over HTTP on a real archive: DNS
 * rebinding of the demo, tokens outliving a password reset, a name locked out by strangers, a burst
 * of logins, anonymous sessions, and 500s that were the user's errors.
 *
 * <p>The protected server trusts 127.0.0.1 as a reverse proxy, so each test speaks for clients of
 * its own addresses ({@code X-Forwarded-For}); its clock stands still 30 days from now, so that
 * throttle waits never run out during a test and a token valid for a day has expired.
 */
class SecurityProbeIT {
  static final String PASSWORD = TestServer.PASSWORD;

  @TempDir static Path work;
  static TestServer harness;
  static UserDirectory users;
  static AccessControl access;
  static String base;
  static String demoBase;

  @BeforeAll
  static void start() throws Exception {
    harness = TestServer.open(work);
    users = harness.users();
    harness
        .ingest("files:corpus", harness.fixture("samples/seeds"))
        .user("admin", Role.ADMIN)
        .user("lecteur", Role.VIEWER)
        .user("analyste", Role.ANALYST)
        .user("redactrice", Role.EDITOR);
    Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(30)), ZoneOffset.UTC);
    access =
        new AccessControl(users, AccessControl.Mode.PROTECTED, later)
            .trusting(ClientAddress.trusting(List.of("127.0.0.1")));
    base = harness.start(new WebServer(harness.store(), access));
    demoBase =
        harness.start(new WebServer(harness.store(), harness.access(AccessControl.Mode.DEMO)));
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return DocumentJson.mapper().readTree(r.body());
  }

  /** A request with the {@code Host} header a rebinding page's browser would send. */
  static String rawGet(String baseUrl, String host, String path) throws Exception {
    URI uri = URI.create(baseUrl);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void aRebindingHostIsRefusedInDemoMode() throws Exception {
    int port = URI.create(demoBase).getPort();
    assertThat(rawGet(demoBase, "attacker.example:" + port, "/api/search?q=paix"))
        .startsWith("HTTP/1.1 403")
        .contains("attacker.example");
    assertThat(rawGet(demoBase, "attacker.example:" + port, "/?q=paix")).startsWith("HTTP/1.1 403");
    assertThat(rawGet(demoBase, "localhost:" + port, "/?q=paix")).startsWith("HTTP/1.1 200");
    assertThat(rawGet(demoBase, "127.0.0.1:" + port, "/?q=paix")).startsWith("HTTP/1.1 200");
  }

  @Test
  void theDemoVisitorCannotCreateAccountsTokensOrPasswords() throws Exception {
    WebClient visitor = new WebClient(demoBase);
    assertThat(visitor.get("/admin/users").statusCode()).isEqualTo(200);
    String csrf = visitor.csrf();
    HttpResponse<String> admin =
        visitor.send(
            "POST",
            "/api/users",
            "{\"name\":\"rebound\",\"role\":\"admin\",\"password\":\"persistent-admin-1\"}",
            "X-CSRF-Token",
            csrf);
    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(json(admin).get("error").get("message").asText()).contains("real account");
    assertThat(users.find("rebound")).isEmpty();
    assertThat(
            visitor
                .post("/admin/users", Map.of("name", "rebound2", "role", "admin", "_csrf", csrf))
                .statusCode())
        .isEqualTo(403);
    assertThat(visitor.send("POST", "/api/tokens", "{}", "X-CSRF-Token", csrf).statusCode())
        .isEqualTo(403);
    assertThat(users.list()).extracting(u -> u.name()).doesNotContain("rebound", "rebound2");
  }

  @Test
  void anAdminsPasswordResetKillsTheAccountsTokens() throws Exception {
    users.add("reset-me", Role.ANALYST, PASSWORD, false);
    String secret = users.createToken("reset-me", "laptop").secret();
    WebClient script = new WebClient(base);
    assertThat(script.get("/api/me", "Authorization", "Bearer " + secret).statusCode())
        .isEqualTo(200);
    WebClient admin = signedIn("admin", "203.0.113.1");
    HttpResponse<String> reset =
        admin.post(
            "/admin/users/reset-me/password",
            Map.of("_csrf", admin.csrf()),
            "X-Forwarded-For",
            "203.0.113.1");
    assertThat(reset.statusCode()).isEqualTo(200);
    HttpResponse<String> after = script.get("/api/me", "Authorization", "Bearer " + secret);
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(users.tokens("reset-me")).isEmpty();
  }

  @Test
  void tokensExpireCanBeReadOnlyAndShowTheirLastUse() throws Exception {
    String read = users.createToken("analyste", "lecture", ApiToken.Scope.READ, null).secret();
    String shortLived =
        users
            .createToken(
                "analyste", "un jour", ApiToken.Scope.FULL, Instant.now().plus(Duration.ofDays(1)))
            .secret();
    WebClient script = new WebClient(base);
    assertThat(script.get("/api/search?q=paix", "Authorization", "Bearer " + read).statusCode())
        .isEqualTo(200);
    HttpResponse<String> write =
        script.send("POST", "/api/tokens", "{}", "Authorization", "Bearer " + read);
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(json(write).get("error").get("message").asText()).contains("read-only");
    // this server's clock is 30 days ahead: a token valid for a day has expired
    HttpResponse<String> expired = script.get("/api/me", "Authorization", "Bearer " + shortLived);
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(json(expired).get("error").get("message").asText()).contains("expired");
    JsonNode listed =
        json(script.get("/api/tokens", "Authorization", "Bearer " + read)).get("tokens");
    JsonNode lecture = null;
    for (JsonNode t : listed) {
      if (t.get("label").asText().equals("lecture")) {
        lecture = t;
      }
    }
    assertThat(lecture).isNotNull();
    assertThat(lecture.get("scope").asText()).isEqualTo("read");
    assertThat(lecture.get("lastUsed").isNull()).isFalse();
    assertThat(lecture.get("expires").isNull()).isTrue();
  }

  @Test
  void aTokenIsCreatedWithItsScopeAndExpiryThroughTheApi() throws Exception {
    WebClient browser = signedIn("redactrice", "203.0.113.4");
    HttpResponse<String> created =
        browser.send(
            "POST",
            "/api/tokens",
            "{\"label\":\"nuit\",\"scope\":\"read\",\"expiresInDays\":90}",
            "X-CSRF-Token",
            browser.csrf(),
            "X-Forwarded-For",
            "203.0.113.4");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode token = json(created);
    assertThat(token.get("scope").asText()).isEqualTo("read");
    assertThat(Instant.parse(token.get("expires").asText()))
        .isAfter(Instant.now().plus(Duration.ofDays(89)));
    HttpResponse<String> bad =
        browser.send(
            "POST",
            "/api/tokens",
            "{\"scope\":\"tout\"}",
            "X-CSRF-Token",
            browser.csrf(),
            "X-Forwarded-For",
            "203.0.113.4");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("error").get("message").asText()).contains("'tout'");
    HttpResponse<String> page = browser.get("/account", "X-Forwarded-For", "203.0.113.4");
    assertThat(Jsoup.parse(page.body()).select("table.tokens").text())
        .contains("nuit", "lecture seule");
  }

  @Test
  void theRightfulUserLogsInWhileSomeoneElseFailsOnTheirName() throws Exception {
    WebClient stranger = new WebClient(base);
    for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
      assertThat(login(stranger, "lecteur", "essai " + i, "198.51.100.7").statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> slowed = login(stranger, "lecteur", PASSWORD, "198.51.100.7");
    assertThat(slowed.statusCode()).isEqualTo(429);
    assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
    // the owner, elsewhere, is not held by the stranger's failures
    assertThat(login(new WebClient(base), "lecteur", PASSWORD, "203.0.113.20").statusCode())
        .isEqualTo(302);
  }

  @Test
  void concurrentWrongLoginsRunNoMoreChecksThanTheLimit() throws Exception {
    WebClient guesser = new WebClient(base);
    String csrf = Jsoup.parse(guesser.get("/login").body()).selectFirst("input[name=_csrf]").val();
    long before = users.passwordChecks();
    String form =
        "name=analyste&password=wrong-guess&_csrf="
            + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < 200; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-Forwarded-For", "198.51.100.99")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build();
      burst.add(guesser.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    long healthStart = System.nanoTime();
    HttpResponse<String> health = new WebClient(base).get("/health");
    Duration healthTook = Duration.ofNanos(System.nanoTime() - healthStart);
    Map<Integer, Long> statuses =
        burst.stream()
            .map(CompletableFuture::join)
            .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    long checks = users.passwordChecks() - before;
    System.out.printf(
        "200 concurrent wrong logins: %d password checks, statuses %s, /health in %d ms, burst %d"
            + " ms%n",
        checks,
        statuses,
        healthTook.toMillis(),
        Duration.ofNanos(System.nanoTime() - start).toMillis());
    assertThat(checks).isLessThanOrEqualTo(LoginThrottle.FREE_PER_ACCOUNT);
    // the attempts let through were checked (401) or, on a loaded machine, found no turn (503)
    assertThat(statuses.getOrDefault(401, 0L)).isEqualTo(checks);
    assertThat(statuses.get(429)).isEqualTo(200L - LoginThrottle.FREE_PER_ACCOUNT);
    assertThat(health.statusCode()).isEqualTo(200);
    // the probe saw /health time out for ~10 s; on a loaded test machine, allow for the load
    assertThat(healthTook).isLessThan(Duration.ofSeconds(8));
  }

  @Test
  void changingOnesPasswordIsThrottledToo() throws Exception {
    users.add("oublieuse", Role.VIEWER, PASSWORD, false);
    WebClient owner = signedIn("oublieuse", "203.0.113.30");
    String csrf = owner.csrf();
    long before = users.passwordChecks();
    int last = 0;
    for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT + 5; i++) {
      last =
          owner
              .post(
                  "/account/password",
                  Map.of(
                      "current",
                      "pas le bon " + i,
                      "password",
                      "un nouveau mot de passe",
                      "confirm",
                      "un nouveau mot de passe",
                      "_csrf",
                      csrf),
                  "X-Forwarded-For",
                  "203.0.113.30")
              .statusCode();
    }
    assertThat(last).isEqualTo(429);
    // the sign-in's attempt was taken back by its success; the wrong ones were checked up to the
    // limit, then refused unchecked
    assertThat(users.passwordChecks() - before).isEqualTo(LoginThrottle.FREE_PER_ACCOUNT);
  }

  @Test
  void anonymousRequestsLeaveTheSessionStoreEmpty() throws Exception {
    int before = access.sessionCount();
    WebClient anonymous = new WebClient(base);
    // no cookie handler: every request is a new visitor, no cookie is ever sent back
    java.net.http.HttpClient visitors = java.net.http.HttpClient.newHttpClient();
    int requests = 100_000;
    int inFlight = 32;
    List<CompletableFuture<HttpResponse<Void>>> window = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < requests; i++) {
      String path = i % 2 == 0 ? "/login" : "/?q=paix";
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("X-Forwarded-For", "192.0.2." + (i % 250))
              .build();
      window.add(visitors.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
      if (window.size() == inFlight) {
        window.forEach(CompletableFuture::join);
        window.clear();
      }
    }
    window.forEach(CompletableFuture::join);
    System.out.printf(
        "%d anonymous requests in %d ms: %d sessions kept%n",
        requests,
        Duration.ofNanos(System.nanoTime() - start).toMillis(),
        access.sessionCount() - before);
    assertThat(access.sessionCount()).isEqualTo(before);
    assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
  }

  @Test
  void a500OfTheUsersMakingIsAClear4xxInJson() throws Exception {
    WebClient viewer = signedIn("lecteur", "203.0.113.40");
    // the page refuses the language; an error shown with it is no longer a second failure (500)
    HttpResponse<String> lang = viewer.get("/?q=paix&lang=xx", "X-Forwarded-For", "203.0.113.40");
    assertThat(lang.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(lang.body()).text()).contains("bad lang 'xx'");
    HttpResponse<String> missing =
        viewer.get("/api/documents/nope?lang=xx", "X-Forwarded-For", "203.0.113.40");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").get("code").asText()).isEqualTo("not_found");
    HttpResponse<String> token =
        viewer.send(
            "DELETE",
            "/api/tokens/424242",
            null,
            "X-CSRF-Token",
            viewer.csrf(),
            "X-Forwarded-For",
            "203.0.113.40");
    assertThat(token.statusCode()).isEqualTo(404);
    assertThat(json(token).get("error").get("message").asText())
        .isEqualTo("Aucun jeton d’API ne porte le numéro « 424242 ».");
    String prefixes =
        IntStream.range(0, 676)
            .mapToObj(i -> "" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "*")
            .collect(Collectors.joining(" OU "));
    HttpResponse<String> broad =
        viewer.get(
            "/api/search?q=" + java.net.URLEncoder.encode(prefixes, StandardCharsets.UTF_8),
            "X-Forwarded-For",
            "203.0.113.40");
    assertThat(broad.statusCode()).isEqualTo(400);
    assertThat(json(broad).get("error").get("code").asText()).isEqualTo("bad_request");
    assertThat(json(broad).get("error").get("message").asText()).contains("la requête compte 676");
    String clauses =
        IntStream.range(0, 10_000).mapToObj(i -> "mot" + i).collect(Collectors.joining("+OR+"));
    HttpResponse<String> huge =
        viewer.get("/api/search?q=" + clauses, "X-Forwarded-For", "203.0.113.40");
    assertThat(huge.statusCode()).isEqualTo(414);
    assertThat(huge.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(json(huge).get("error").get("code").asText()).isEqualTo("uri_too_long");
    assertThat(json(huge).get("error").get("message").asText()).contains("raccourcissez");
  }

  /** Signs in through the form as a client at {@code address}. */
  static WebClient signedIn(String name, String address) throws Exception {
    WebClient client = new WebClient(base, WebClient.SESSION_ONLY);
    assertThat(login(client, name, PASSWORD, address).statusCode()).isEqualTo(302);
    return client;
  }

  static HttpResponse<String> login(WebClient client, String name, String password, String address)
      throws Exception {
    HttpResponse<String> form = client.get("/login", "X-Forwarded-For", address);
    String csrf = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").val();
    return client.post(
        "/login",
        Map.of("name", name, "password", password, "_csrf", csrf),
        "X-Forwarded-For",
        address);
  }
}
