package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.vigie.web.access.AccessControl;

/**
 * A browser-like HTTP client for the web tests: keeps cookies, does not follow redirects, and can
 * sign in through the real login form (CSRF token included).
 */
final class WebClient {
  final String base;
  final HttpClient http;

  WebClient(String base) {
    this(base, CookiePolicy.ACCEPT_ALL);
  }

  /** With a cookie policy: {@link #SESSION_ONLY} keeps a shared client's language French. */
  WebClient(String base, CookiePolicy cookies) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, cookies))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Keeps only the session and login-form cookies (not the language one). */
  static final CookiePolicy SESSION_ONLY =
      (uri, cookie) ->
          cookie.getName().equals(AccessControl.SESSION_COOKIE)
              || cookie.getName().equals("vigie_login");

  /** A client signed in through {@code /login}. */
  static WebClient signedIn(String base, String name, String password) throws Exception {
    return signedIn(base, name, password, CookiePolicy.ACCEPT_ALL);
  }

  static WebClient signedIn(String base, String name, String password, CookiePolicy cookies)
      throws Exception {
    WebClient client = new WebClient(base, cookies);
    HttpResponse<String> r = client.login(name, password);
    assertThat(r.statusCode()).as("login of " + name + ": " + r.body()).isEqualTo(302);
    return client;
  }

  /** Posts the login form, with the CSRF token the form page carried. */
  HttpResponse<String> login(String name, String password) throws Exception {
    HttpResponse<String> form = get("/login");
    Element csrf = Jsoup.parse(form.body()).selectFirst("form input[name=_csrf]");
    assertThat(csrf).as("the login form's CSRF field").isNotNull();
    return post("/login", Map.of("name", name, "password", password, "_csrf", csrf.val()));
  }

  /** This session's CSRF token, read from a page's {@code <meta>}. */
  String csrf() throws Exception {
    HttpResponse<String> page = get("/account");
    if (page.statusCode() == 302) {
      page = get(page.headers().firstValue("Location").orElseThrow());
    }
    return Jsoup.parse(page.body()).selectFirst("meta[name=csrf-token]").attr("content");
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> form, String... headers)
      throws Exception {
    String body =
        new LinkedHashMap<>(form)
            .entrySet().stream()
                .map(
                    e ->
                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                            + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path, String json, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
