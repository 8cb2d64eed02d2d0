package org.vigie.collect.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on a free loopback port for fetch tests. It serves the files of a test
 * resource folder ({@code {{base}}} in text files replaced by its own address), with an {@code
 * ETag} and {@code Last-Modified} and answers 304 to a matching conditional request; paths under
 * {@code /gzip/} are served gzip-compressed. Other handlers can be added on exact paths. Every
 * request is recorded ({@link #hits()}).
 */
public final class TestWebServer implements AutoCloseable {
  /** One request the server received. */
  public record Hit(
      String path, Map<String, List<String>> headers, long nanoTime, HttpExchange exchange) {
    /** The status answered, or -1 while the response is not started. */
    public int status() {
      return exchange.getResponseCode();
    }

    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : values.get(0);
    }
  }

  private static final String LAST_MODIFIED = "Mon, 16 Nov 2026 09:00:00 GMT";

  private final HttpServer server;
  private final String resourceRoot;
  private final List<Hit> hits = new ArrayList<>();
  private final ExecutorService executor;

  /** Serves the classpath folder {@code resourceRoot} (for example {@code fetch/site}). */
  public TestWebServer(String resourceRoot) throws IOException {
    this.resourceRoot = resourceRoot;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> record(exchange, this::serveFile));
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.start();
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String url(String path) {
    return base() + path;
  }

  /** Handles {@code path} (and paths under it) with {@code handler}, recording its requests. */
  public void on(String path, HttpHandler handler) {
    server.createContext(path, exchange -> record(exchange, handler));
  }

  public synchronized List<Hit> hits() {
    return List.copyOf(hits);
  }

  /** The requests whose path (with query) is {@code path}. */
  public synchronized List<Hit> hits(String path) {
    return hits.stream().filter(h -> h.path().equals(path)).toList();
  }

  private void record(HttpExchange exchange, HttpHandler handler) throws IOException {
    long time = System.nanoTime();
    String path = exchange.getRequestURI().getRawPath();
    if (exchange.getRequestURI().getRawQuery() != null) {
      path += "?" + exchange.getRequestURI().getRawQuery();
    }
    synchronized (this) {
      hits.add(new Hit(path, Map.copyOf(exchange.getRequestHeaders()), time, exchange));
    }
    try {
      handler.handle(exchange);
    } catch (IOException | RuntimeException e) {
      // the client went away (timeout and size tests); the hit is recorded all the same
    } finally {
      exchange.close();
    }
  }

  private void serveFile(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    boolean gzip = path.startsWith("/gzip/");
    String file = gzip ? path.substring(5) : path;
    if (file.endsWith("/")) {
      file += "index.html";
    }
    byte[] body = read(file);
    if (body == null) {
      send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      return;
    }
    String etag = "\"" + Integer.toHexString(Arrays.hashCode(body)) + "\"";
    Headers headers = exchange.getResponseHeaders();
    headers.set("ETag", etag);
    headers.set("Last-Modified", LAST_MODIFIED);
    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    if (gzip) {
      headers.set("Content-Encoding", "gzip");
      body = gzip(body);
    }
    send(exchange, 200, contentType(file), body);
  }

  private byte[] read(String file) throws IOException {
    if (file.contains("..")) {
      return null;
    }
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resourceRoot + file)) {
      if (in == null) {
        return null;
      }
      byte[] bytes = in.readAllBytes();
      if (file.endsWith(".gz")) {
        return gzip(withBase(new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes()));
      }
      return withBase(bytes);
    }
  }

  private byte[] withBase(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8).replace("{{base}}", base());
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static String contentType(String file) {
    if (file.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (file.endsWith(".rss")) {
      return "application/rss+xml; charset=utf-8";
    }
    if (file.endsWith(".atom")) {
      return "application/atom+xml";
    }
    if (file.endsWith(".rdf")) {
      return "application/rdf+xml";
    }
    if (file.endsWith(".gz")) {
      return "application/gzip";
    }
    return file.endsWith(".xml") ? "application/xml" : "text/plain; charset=utf-8";
  }

  /** Sends a complete response. */
  public static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
