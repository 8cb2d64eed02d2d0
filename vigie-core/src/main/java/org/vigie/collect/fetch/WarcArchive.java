package org.vigie.collect.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Keeps every fetched exchange as evidence: a WARC {@code request} record and a {@code response}
 * record (the HTTP message as received, its target URI, {@code WARC-Date}, {@code
 * WARC-Block-Digest} and {@code WARC-Payload-Digest} in SHA-1 base32, the server's IP address) per
 * hop, in gzip-compressed {@code .warc.gz} files under one folder. A new file is started when the
 * current one passes the size limit; names are {@code PREFIX-yyyyMMddHHmmssSSS-NNNNN.warc.gz}, so
 * they sort in time order.
 *
 * <p>Response bodies are stored as received (still gzipped when the server compressed them, with
 * their {@code Content-Encoding}); chunked transfer encoding, which the HTTP client removes, is
 * replaced by a {@code Content-Length}. Vigie's file ingest ({@code .warc.gz}) reads the files back
 * into the same documents.
 *
 * <p>Thread-safe. Archiving never stops a fetch: a write failure is kept in {@link #failures()} and
 * the archive stops writing.
 */
public final class WarcArchive implements Exchange.Recorder, AutoCloseable {
  /** 100 MiB per file before a new one is started. */
  public static final long DEFAULT_MAX_FILE_BYTES = 100L << 20;

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path folder;
  private final String prefix;
  private final long maxFileBytes;
  private final Clock clock;
  private final List<Path> files = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Response> responses = new HashMap<>();
  private WarcWriter writer;
  private int serial;

  public WarcArchive(Path folder, String prefix, long maxFileBytes, Clock clock) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.maxFileBytes = maxFileBytes;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public WarcArchive(Path folder, String prefix) {
    this(folder, prefix, DEFAULT_MAX_FILE_BYTES, Clock.systemUTC());
  }

  @Override
  public synchronized void record(Exchange exchange) {
    if (!failures.isEmpty()) {
      return;
    }
    try {
      WarcWriter out = writer();
      WarcRequest request = request(exchange);
      out.write(request);
      Path file = files.get(files.size() - 1);
      long offset = out.position();
      WarcResponse response = response(exchange, request.id());
      out.write(response);
      String digest = response.payloadDigest().map(WarcDigest::prefixedBase32).orElse(null);
      responses.put(
          exchange.uri().toString(),
          new Response(
              file,
              offset,
              exchange.date().truncatedTo(ChronoUnit.SECONDS),
              exchange.uri().toString(),
              digest));
    } catch (IOException | UncheckedIOException e) {
      failures.add("cannot write the WARC archive in " + folder + ": " + e.getMessage());
    }
  }

  /**
   * Where a response record lies in the archive.
   *
   * @param file the WARC file
   * @param offset the byte offset of the record (its gzip member) in the file
   * @param date its {@code WARC-Date} (to the second, as written)
   * @param uri its {@code WARC-Target-URI}
   * @param digest its {@code WARC-Payload-Digest}, {@code sha1:BASE32}
   */
  public record Response(Path file, long offset, Instant date, String uri, String digest) {}

  /**
   * Where the last response recorded for {@code uri} lies, and forgets it; empty when none was
   * archived (or archiving failed).
   */
  public synchronized Optional<Response> takeResponse(String uri) {
    return Optional.ofNullable(responses.remove(uri));
  }

  /** The files written so far, oldest first. */
  public synchronized List<Path> files() {
    return List.copyOf(files);
  }

  /** Write failures; once there is one, nothing more is archived. */
  public synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  private WarcWriter writer() throws IOException {
    if (writer != null && writer.position() >= maxFileBytes) {
      writer.close();
      writer = null;
    }
    if (writer == null) {
      Files.createDirectories(folder);
      String name = prefix + "-" + STAMP.format(clock.instant()) + "-" + "%05d".formatted(serial++);
      Path file = folder.resolve(name + ".warc.gz");
      writer =
          new WarcWriter(
              Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              WarcCompression.GZIP);
      files.add(file);
    }
    return writer;
  }

  private static WarcRequest request(Exchange exchange) throws IOException {
    URI uri = exchange.uri();
    StringBuilder head = new StringBuilder();
    String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      target += "?" + uri.getRawQuery();
    }
    head.append("GET ").append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(uri.getRawAuthority()).append("\r\n");
    appendHeaders(head, exchange.requestHeaders(), false);
    head.append("\r\n");
    byte[] block = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    return new WarcRequest.Builder(uri)
        .date(exchange.date())
        .blockDigest(sha1(block))
        .body(MediaType.HTTP_REQUEST, block)
        .build();
  }

  private static WarcResponse response(Exchange exchange, URI requestId) throws IOException {
    byte[] payload = exchange.rawBody();
    StringBuilder head = new StringBuilder();
    head.append("HTTP/1.1 ")
        .append(exchange.status())
        .append(' ')
        .append(reason(exchange.status()))
        .append("\r\n");
    appendHeaders(head, exchange.responseHeaders(), true);
    head.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
    ByteArrayOutputStream block = new ByteArrayOutputStream(head.length() + payload.length);
    block.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    block.writeBytes(payload);
    byte[] bytes = block.toByteArray();
    WarcResponse.Builder builder =
        new WarcResponse.Builder(exchange.uri())
            .date(exchange.date())
            .concurrentTo(requestId)
            .blockDigest(sha1(bytes))
            .payloadDigest(sha1(payload))
            .body(MediaType.HTTP_RESPONSE, bytes);
    if (exchange.address() != null) {
      builder.ipAddress(exchange.address());
    }
    return builder.build();
  }

  /** Headers as lines; for a response, framing headers are left out (Content-Length is redone). */
  private static void appendHeaders(
      StringBuilder head, Map<String, List<String>> headers, boolean response) {
    headers.forEach(
        (name, values) -> {
          String lower = name.toLowerCase(Locale.ROOT);
          boolean framing = lower.equals("transfer-encoding") || lower.equals("content-length");
          if (lower.startsWith(":") || (response && framing)) {
            return;
          }
          for (String value : values) {
            head.append(name)
                .append(": ")
                .append(value.replace("\r", " ").replace("\n", " "))
                .append("\r\n");
          }
        });
  }

  private static WarcDigest sha1(byte[] bytes) {
    try {
      return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is missing from this JVM", e);
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 500 -> "Internal Server Error";
      default -> "Status";
    };
  }

  @Override
  public synchronized void close() {
    if (writer == null) {
      return;
    }
    try {
      writer.close();
    } catch (IOException e) {
      failures.add("cannot close the WARC archive in " + folder + ": " + e.getMessage());
    }
    writer = null;
  }
}
