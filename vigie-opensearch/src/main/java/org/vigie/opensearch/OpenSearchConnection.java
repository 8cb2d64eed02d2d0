package org.vigie.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.vigie.document.DocumentJson;
import org.vigie.store.StoreConfigException;

/**
 * One client to the cluster: opensearch-java's Apache httpclient5 transport (which spreads requests
 * over the hosts and skips dead ones), TLS and basic authentication when configured, and JSON
 * requests through the client's generic API with bodies written by Jackson, so that what is sent
 * reads like OpenSearch's REST documentation. Thread-safe.
 */
final class OpenSearchConnection implements AutoCloseable {
  private static final ObjectMapper JSON = DocumentJson.mapper();
  private final OpenSearchTransport transport;
  private final OpenSearchGenericClient generic;
  private final String where;

  OpenSearchConnection(OpenSearchSettings settings) {
    this.where = settings.hosts().toString();
    HttpHost[] hosts =
        settings.hosts().stream()
            .map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort()))
            .toArray(HttpHost[]::new);
    SSLContext ssl = sslContext(settings);
    this.transport =
        ApacheHttpClient5TransportBuilder.builder(hosts)
            .setHttpClientConfigCallback(
                b -> {
                  if (settings.username() != null) {
                    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                    for (HttpHost h : hosts) {
                      credentials.setCredentials(
                          new AuthScope(h),
                          new UsernamePasswordCredentials(
                              settings.username(),
                              settings.password() == null
                                  ? new char[0]
                                  : settings.password().toCharArray()));
                    }
                    b.setDefaultCredentialsProvider(credentials);
                  }
                  PoolingAsyncClientConnectionManagerBuilder pool =
                      PoolingAsyncClientConnectionManagerBuilder.create()
                          .setMaxConnTotal(64)
                          .setMaxConnPerRoute(32);
                  if (ssl != null) {
                    pool.setTlsStrategy(
                        ClientTlsStrategyBuilder.create().setSslContext(ssl).build());
                  }
                  return b.setConnectionManager(pool.build());
                })
            .build();
    this.generic = new OpenSearchClient(transport).generic();
  }

  /** Trusts the configured CA file or trust store, else the JDK's default authorities. */
  private static SSLContext sslContext(OpenSearchSettings s) {
    if (s.caFile() == null && s.trustStore() == null) {
      return null;
    }
    try {
      KeyStore trusted;
      if (s.trustStore() != null) {
        trusted = KeyStore.getInstance("PKCS12");
        char[] pw = s.trustStorePassword() == null ? null : s.trustStorePassword().toCharArray();
        try (InputStream in = Files.newInputStream(s.trustStore())) {
          trusted.load(in, pw);
        }
      } else {
        trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(s.caFile())) {
          int i = 0;
          for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
            trusted.setCertificateEntry("ca-" + i++, c);
          }
        }
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trusted);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    } catch (IOException e) {
      throw new StoreConfigException(
          "opensearch: cannot read the trust material "
              + (s.trustStore() != null ? s.trustStore() : s.caFile())
              + ": "
              + e.getMessage(),
          e);
    } catch (GeneralSecurityException e) {
      throw new StoreConfigException(
          "opensearch: bad trust material "
              + (s.trustStore() != null ? s.trustStore() : s.caFile())
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * A request with a JSON body (or none); answers the status and the parsed JSON reply. Every
   * request Vigie sends this way is idempotent, so one that fails for want of a node (connection
   * refused, 502, 503, 504, 429: a node died and its shards are being promoted elsewhere) is sent
   * again after a back-off, for about half a minute.
   */
  Reply call(String method, String path, Map<String, String> params, JsonNode body) {
    long backoff = 100;
    for (int attempt = 1; ; attempt++) {
      var builder = Requests.builder().method(method).endpoint(path).query(params);
      if (body != null) {
        builder.json(body.toString());
      }
      try {
        Reply r = send(builder, method, path);
        if (!isTransient(r.status()) || attempt >= RETRIES) {
          return r;
        }
      } catch (UncheckedIOException e) {
        if (attempt >= RETRIES) {
          throw e;
        }
      }
      try {
        Thread.sleep(backoff);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while retrying " + method + " " + path, e);
      }
      backoff = Math.min(5_000, backoff * 2);
    }
  }

  private static final int RETRIES = 10;

  private static boolean isTransient(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /** A bulk request: newline-delimited JSON. */
  Reply bulk(String path, Map<String, String> params, byte[] ndjson) {
    var builder =
        Requests.builder()
            .method("POST")
            .endpoint(path)
            .query(params)
            .body(Body.from(ndjson, "application/x-ndjson"));
    return send(builder, "POST", path);
  }

  private Reply send(Requests.JsonBodyBuilder builder, String method, String path) {
    try (Response response = generic.execute(builder.build())) {
      JsonNode json = null;
      if (response.getBody().isPresent()) {
        try (Body b = response.getBody().get()) {
          byte[] bytes = b.bodyAsBytes();
          json = bytes.length == 0 ? null : JSON.readTree(bytes);
        }
      }
      return new Reply(response.getStatus(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "opensearch: " + method + " " + path + " failed on " + where + ": " + e.getMessage(), e);
    }
  }

  /** Like {@link #call} but fails on any status other than 2xx. */
  JsonNode ok(String method, String path, Map<String, String> params, JsonNode body) {
    Reply r = call(method, path, params, body);
    if (r.status() / 100 != 2) {
      throw new OpenSearchException(method + " " + path, r.status(), r.json());
    }
    return r.json();
  }

  /** A status and the reply's JSON ({@code null} when it had no body). */
  record Reply(int status, JsonNode json) {}

  static ObjectMapper json() {
    return JSON;
  }

  static String describe(List<URI> hosts) {
    return String.join(",", hosts.stream().map(URI::toString).toList());
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the connection to " + where, e);
    }
  }
}
