package org.vigie.collect.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.document.ErrorCause;

/** The fetcher against a real HTTP server on a loopback port. */
class HttpFetcherIT {
  private TestWebServer server;
  private final List<Exchange> exchanges = new ArrayList<>();
  private HttpFetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new TestWebServer("fetch");
    fetcher =
        new HttpFetcher(FetchSettings.DEFAULTS, AddressPolicy.allowingPrivate(), exchanges::add);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private static ErrorCause reasonOf(Throwable e) {
    return ((FetchException) e).reason();
  }

  /**
   * The connection goes to the address the policy checked: a host name that no DNS knows is checked
   * (and pinned) as 127.0.0.1 by the policy's resolver, and the page is fetched from the local
   * server, so the HTTP client did not resolve the name on its own.
   */
  @Test
  void theConnectionGoesToTheCheckedAddress() throws Exception {
    AddressPolicy pinning =
        new AddressPolicy(
            true, host -> new java.net.InetAddress[] {java.net.InetAddress.getByName("127.0.0.1")});
    String port = server.base().substring(server.base().lastIndexOf(':') + 1).replace("/", "");
    try (HttpFetcher pinned = new HttpFetcher(FetchSettings.DEFAULTS, pinning, exchanges::add)) {
      FetchResult result =
          pinned.fetch(
              "http://rebinding-check.invalid:" + port + "/pages/kati-enseignants.html", null);
      assertThat(result.status()).isEqualTo(200);
    }
  }

  @Test
  void fetchesAPageWithVigiesUserAgent() throws Exception {
    FetchResult result = fetcher.fetch(server.url("/pages/kati-enseignants.html"), null);

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.isHtml()).isTrue();
    assertThat(result.charset()).isEqualTo("utf-8");
    assertThat(new String(result.body(), StandardCharsets.UTF_8))
        .contains("les syndicats d'enseignants de Kati");
    assertThat(server.hits().get(0).header("User-agent")).startsWith("Vigie/");
    assertThat(exchanges).hasSize(1);
  }

  @Test
  void gunzipsACompressedResponseButArchivesItAsReceived() throws Exception {
    FetchResult result = fetcher.fetch(server.url("/gzip/pages/kati-enseignants.html"), null);

    assertThat(new String(result.body(), StandardCharsets.UTF_8)).contains("grève illimitée");
    assertThat(server.hits().get(0).header("Accept-encoding")).isEqualTo("gzip");
    byte[] raw = exchanges.get(0).rawBody();
    assertThat(raw[0] & 0xff).isEqualTo(0x1f);
    assertThat(raw.length).isLessThan(result.body().length);
  }

  @Test
  void aConditionalRequestForAnUnchangedPageGets304() throws Exception {
    String url = server.url("/pages/kati-enseignants.html");
    FetchResult first = fetcher.fetch(url, null);
    FetchResult second = fetcher.fetch(url, first.toSeen(url));

    assertThat(second.notModified()).isTrue();
    assertThat(second.body()).isEmpty();
    assertThat(server.hits().get(1).header("If-none-match")).isEqualTo(first.header("etag").get());
    assertThat(server.hits().get(1).header("If-modified-since"))
        .isEqualTo("Mon, 16 Nov 2026 09:00:00 GMT");
    assertThat(server.hits().get(1).status()).isEqualTo(304);
  }

  @Test
  void redirectsAreFollowedAndEachHopRecorded() throws Exception {
    redirect("/ancienne-adresse", "/relais");
    redirect("/relais", server.url("/pages/kati-enseignants.html"));

    FetchResult result = fetcher.fetch(server.url("/ancienne-adresse"), null);

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.url().toString()).isEqualTo(server.url("/pages/kati-enseignants.html"));
    assertThat(result.requested().toString()).isEqualTo(server.url("/ancienne-adresse"));
    assertThat(exchanges).extracting(Exchange::status).containsExactly(301, 301, 200);
  }

  @Test
  void aRedirectLoopIsRefused() {
    redirect("/boucle-a", "/boucle-b");
    redirect("/boucle-b", "/boucle-a");

    assertThatThrownBy(() -> fetcher.fetch(server.url("/boucle-a"), null))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.TOO_MANY_REDIRECTS))
        .hasMessageContaining("redirect loop");
    assertThat(server.hits()).hasSize(2);
  }

  @Test
  void moreRedirectsThanTheLimitAreRefused() {
    for (int i = 0; i < 7; i++) {
      redirect("/saut" + i, "/saut" + (i + 1));
    }

    assertThatThrownBy(() -> fetcher.fetch(server.url("/saut0"), null))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.TOO_MANY_REDIRECTS))
        .hasMessageContaining("more than 5 redirects");
    assertThat(server.hits()).hasSize(6);
  }

  @Test
  void aRedirectToAnotherSchemeIsRefused() {
    redirect("/vers-fichier", "file:///etc/passwd");

    assertThatThrownBy(() -> fetcher.fetch(server.url("/vers-fichier"), null))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.BAD_URL))
        .hasMessageContaining("only http and https");
  }

  @Test
  void everyHopIsCheckedAgainstTheAddressPolicy() throws Exception {
    // 127.0.0.1 is taken for a public address by this resolver; "localhost" resolves for real.
    AddressPolicy policy =
        new AddressPolicy(
            false,
            host ->
                host.equals("127.0.0.1")
                    ? new InetAddress[] {InetAddress.getByName("41.73.112.10")}
                    : InetAddress.getAllByName(host));
    redirect(
        "/vers-localhost",
        server.url("/pages/kati-enseignants.html").replace("127.0.0.1", "localhost"));

    try (HttpFetcher guarded = new HttpFetcher(FetchSettings.DEFAULTS, policy, exchanges::add)) {
      assertThatThrownBy(() -> guarded.fetch(server.url("/vers-localhost"), null))
          .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.FORBIDDEN_ADDRESS));
    }
    assertThat(server.hits())
        .extracting(TestWebServer.Hit::path)
        .containsExactly("/vers-localhost");
  }

  @Test
  void aUrlOnLoopbackIsRefusedWithoutTheAllowanceAndNeverRequested() {
    try (HttpFetcher publicOnly =
        new HttpFetcher(FetchSettings.DEFAULTS, AddressPolicy.publicOnly(), exchanges::add)) {
      assertThatThrownBy(() -> publicOnly.fetch(server.url("/pages/kati-enseignants.html"), null))
          .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.FORBIDDEN_ADDRESS))
          .hasMessageContaining("127.0.0.1");
    }
    assertThat(server.hits()).isEmpty();
  }

  @Test
  void aServerSlowerThanTheReadTimeoutIsATimeout() {
    server.on(
        "/lent",
        exchange -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          TestWebServer.send(exchange, 200, "text/html", "<p>trop tard</p>".getBytes());
        });
    FetchSettings impatient = FetchSettings.DEFAULTS.withReadTimeout(Duration.ofMillis(500));

    long start = System.nanoTime();
    try (HttpFetcher quick = new HttpFetcher(impatient, AddressPolicy.allowingPrivate(), x -> {})) {
      assertThatThrownBy(() -> quick.fetch(server.url("/lent"), null))
          .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.TIMEOUT));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
  }

  @Test
  void aBodyThatStallsHalfwayIsATimeoutToo() {
    server.on(
        "/goutte-a-goutte",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write("<p>début".getBytes());
            out.flush();
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    FetchSettings impatient = FetchSettings.DEFAULTS.withReadTimeout(Duration.ofMillis(500));

    try (HttpFetcher quick = new HttpFetcher(impatient, AddressPolicy.allowingPrivate(), x -> {})) {
      assertThatThrownBy(() -> quick.fetch(server.url("/goutte-a-goutte"), null))
          .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.TIMEOUT));
    }
  }

  @Test
  void a20MegabyteResponseIsRefusedAsOverTheLimit() {
    byte[] huge = new byte[20 << 20];
    Arrays.fill(huge, (byte) 'a');
    server.on("/enorme", exchange -> TestWebServer.send(exchange, 200, "text/html", huge));

    assertThatThrownBy(() -> fetcher.fetch(server.url("/enorme"), null))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.TOO_LARGE))
        .hasMessageContaining("20971520 bytes, over the limit of 10485760");
    assertThat(exchanges).isEmpty();
  }

  @Test
  void aChunkedBodyIsCutAsSoonAsItPassesTheLimit() {
    server.on(
        "/sans-fin",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          byte[] block = new byte[1 << 20];
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 20; i++) {
              out.write(block);
            }
          }
        });

    assertThatThrownBy(() -> fetcher.fetch(server.url("/sans-fin"), null))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.TOO_LARGE))
        .hasMessageContaining("exceeds the limit of 10485760 bytes");
  }

  @Test
  void aGzipBombIsRefusedOnceGunzipped() throws Exception {
    byte[] bomb = TestWebServer.gzip(new byte[30 << 20]);
    server.on(
        "/bombe",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          TestWebServer.send(exchange, 200, "text/html", bomb);
        });

    assertThatThrownBy(() -> fetcher.fetch(server.url("/bombe"), null))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.TOO_LARGE))
        .hasMessageContaining("gunzipped");
  }

  @Test
  void anErrorStatusIsTypedWithItsCode() {
    assertThatThrownBy(() -> fetcher.fetch(server.url("/pages/absente.html"), null))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ErrorCause.HTTP_STATUS);
              assertThat(e.status()).isEqualTo(404);
            });
  }

  @Test
  void onlyHttpAndHttpsAreFetched() {
    assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd", null))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.BAD_URL));
    assertThatThrownBy(() -> fetcher.fetch("gopher://127.0.0.1/", null))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ErrorCause.BAD_URL));
  }

  private void redirect(String from, String to) {
    server.on(
        from,
        exchange -> {
          exchange.getResponseHeaders().set("Location", to);
          exchange.sendResponseHeaders(301, -1);
        });
  }
}
