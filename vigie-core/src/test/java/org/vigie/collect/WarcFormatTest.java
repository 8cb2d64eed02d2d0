package org.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigie.collect.Fixtures.name;
import static org.vigie.collect.Fixtures.path;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * The fixture {@code crawl.warc.gz} holds, at these offsets: warcinfo @0, request @229, response
 * 200 HTML @472, response 404 @882, response 200 PNG @1148, response 200 HTML gzip-encoded in
 * ISO-8859-1 @1412, resource text/plain @1827, metadata @2102. {@code bad-length.warc} is the same
 * crawl uncompressed (records at 0, 287, 623, 1267, 1644, 1997, 2490 and 2843) with the
 * Content-Length of the record @623 made 20 bytes short; {@code corrupt-member.warc.gz} is {@code
 * crawl.warc.gz} with 20 bytes garbled in the middle of the member @1412.
 */
class WarcFormatTest {
  private static final Instant CRAWLED = Instant.parse("2025-03-14T09:30:00Z");
  private static final String DAKAR = "https://www.lesoleil.example/2025/03/dakar-budget";
  private static final String ABIDJAN = "https://www.fratmat.example/pluies";
  private static final String COMMUNIQUE = "https://www.gouvernement.example/communique.txt";

  @TempDir Path temp;

  private final RecordingSink sink = new RecordingSink();

  @Test
  void turnsTextResponsesAndResourcesIntoDocuments() {
    Fixtures.collector().collect(List.of(path("warc", "crawl.warc.gz")), sink);

    String file = name("warc", "crawl.warc.gz");
    assertThat(sink.origins()).containsExactly(file + "@472", file + "@1412", file + "@1827");
    assertThat(sink.documents)
        .extracting(RawDocument::url)
        .containsExactly(DAKAR, ABIDJAN, COMMUNIQUE);
    assertThat(sink.documents)
        .extracting(RawDocument::fetchedAt)
        .containsExactly(CRAWLED, CRAWLED.plusSeconds(3), CRAWLED.plusSeconds(4));
    assertThat(sink.documents)
        .extracting(RawDocument::contentType, RawDocument::charset)
        .containsExactly(
            tuple(RawDocument.HTML, "utf-8"),
            tuple(RawDocument.HTML, "ISO-8859-1"),
            tuple(RawDocument.TEXT, "utf-8"));
    assertThat(sink.errors).isEmpty();
  }

  @Test
  void passesTheHttpPayloadDecodedFromItsContentEncodingButNotFromItsCharset() {
    Fixtures.collector().collect(List.of(path("warc", "crawl.warc.gz")), sink);

    RawDocument dakar = sink.documents.get(0);
    assertThat(new String(dakar.content(), StandardCharsets.UTF_8))
        .startsWith("<!doctype html>")
        .contains("L'Assemblée nationale")
        .endsWith("</html>");
    // the only hints are where the record lies: the file as given and the record's offset
    assertThat(dakar.hints())
        .isEqualTo(
            Map.of(
                "warc.file", path("warc", "crawl.warc.gz").toString(),
                "warc.offset", "472",
                "warc.date", "2025-03-14T09:30:00Z",
                "warc.uri", "https://www.lesoleil.example/2025/03/dakar-budget"));
    assertThat(dakar.origin()).endsWith("crawl.warc.gz@472");
    RawDocument abidjan = sink.documents.get(1);
    assertThat(abidjan.content())
        .isEqualTo(
            ("<html><head><title>Abidjan : la saison des pluies</title></head><body><p>Les pluies"
                    + " diluviennes ont frappé Abidjan ce week-end.</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(sink.documents.get(2).content())
        .isEqualTo(
            utf8(
                "Communiqué du gouvernement du Burkina Faso : le conseil des ministres s'est tenu"
                    + " mercredi.\n"));
  }

  @Test
  void readsAnUncompressedWarcWithByteOffsets() throws IOException {
    Path plain = temp.resolve("crawl.warc");
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(path("warc", "crawl.warc.gz")))) {
      Files.write(plain, in.readAllBytes());
    }

    Fixtures.collector().collect(List.of(plain), sink);

    // 3 bytes further than in bad-length.warc: the warcinfo names the file crawl.warc.gz
    assertThat(sink.origins()).containsExactly(plain + "@626", plain + "@2000", plain + "@2493");
    assertThat(sink.errors).isEmpty();
  }

  @Test
  void dropsACorruptGzipMemberAndResumesAtTheNextOne() {
    Fixtures.collector().collect(List.of(path("warc", "corrupt-member.warc.gz")), sink);

    String file = name("warc", "corrupt-member.warc.gz");
    assertThat(sink.origins()).containsExactly(file + "@472", file + "@1827");
    assertThat(sink.errorKeys()).containsExactly(file + "@1412 CORRUPT_COMPRESSION");
  }

  @Test
  void dropsARecordWithAWrongContentLengthAndResumesAtTheNextRecord() {
    Fixtures.collector().collect(List.of(path("warc", "bad-length.warc")), sink);

    String file = name("warc", "bad-length.warc");
    assertThat(sink.origins()).containsExactly(file + "@1997", file + "@2490");
    assertThat(sink.errors)
        .containsExactly(
            IngestError.skipped(
                file + "@623",
                ErrorCause.MALFORMED_RECORD,
                "record does not end where its Content-Length says"));
  }

  @Test
  void keepsTheRecordsBeforeATruncation() throws IOException {
    Path truncated = temp.resolve("truncated.warc.gz");
    Files.write(truncated, Arrays.copyOf(Files.readAllBytes(path("warc", "crawl.warc.gz")), 1600));

    Fixtures.collector().collect(List.of(truncated), sink);

    assertThat(sink.origins()).containsExactly(truncated + "@472");
    assertThat(sink.errorKeys()).containsExactly(truncated + "@1412 CORRUPT_COMPRESSION");
  }

  @Test
  void reportsGarbageAsOneMalformedRecord() throws IOException {
    Path garbage = temp.resolve("garbage.warc");
    Files.writeString(garbage, "Ceci n'est pas un WARC.\n".repeat(100));

    Fixtures.collector().collect(List.of(garbage), sink);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.errorKeys()).containsExactly(garbage + "@0 MALFORMED_RECORD");
  }

  @Test
  void skipsAPayloadOverTheDocumentLimit() {
    CollectLimits limits = new CollectLimits(1 << 20, 1 << 20, 200, 1 << 20);

    Fixtures.collector(limits).collect(List.of(path("warc", "crawl.warc.gz")), sink);

    String file = name("warc", "crawl.warc.gz");
    assertThat(sink.origins()).containsExactly(file + "@1412", file + "@1827");
    assertThat(sink.errorKeys()).containsExactly(file + "@472 TOO_LARGE");
  }

  @Test
  void stopsAtTheDecompressedLimit() {
    CollectLimits limits = new CollectLimits(1 << 20, 1500, 1 << 20, 1 << 20);

    Fixtures.collector(limits).collect(List.of(path("warc", "crawl.warc.gz")), sink);

    String file = name("warc", "crawl.warc.gz");
    assertThat(sink.origins()).containsExactly(file + "@472");
    assertThat(sink.errorKeys()).containsExactly(file + "@882 TOO_LARGE");
  }

  @Test
  void refusesAHugeCompressedHeaderWithoutBufferingIt() throws IOException {
    Path bomb = temp.resolve("bomb.warc.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      out.write(utf8("WARC/1.0\r\nWARC-Type: response\r\nX-Long: "));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 300; i++) {
        out.write(block);
      }
    }

    Fixtures.collector().collect(List.of(bomb), sink);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors)
        .containsExactly(
            IngestError.skipped(
                bomb + "@0",
                ErrorCause.TOO_LARGE,
                "a WARC or HTTP header exceeds the limit of 1048576 bytes"));
  }

  @Test
  void refusesAHugeUncompressedHeaderAndReadsTheNextRecord() throws IOException {
    Path file = temp.resolve("long-header.warc");
    byte[] first = utf8("WARC/1.0\r\nWARC-Type: resource\r\nX-Long: " + "a".repeat(5 << 20));
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(first);
      out.write(utf8("\r\n\r\n"));
      out.write(record("resource", "text/plain", "Bamako"));
    }

    Fixtures.collector().collect(List.of(file), sink);

    assertThat(sink.origins()).containsExactly(file + "@" + (first.length + 4));
    assertThat(sink.errorKeys()).containsExactly(file + "@0 TOO_LARGE");
  }

  @Test
  void skipsAResponseWithAHugeHttpHeaderAndReadsTheNextRecord() throws IOException {
    Path file = temp.resolve("long-http-header.warc.gz");
    String http = "HTTP/1.1 200 OK\r\nX-Long: " + "a".repeat(20 << 20) + "\r\n\r\n<p>Dakar</p>";
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(gzip(record("response", "application/http;msgtype=response", http)));
      out.write(gzip(record("resource", "text/plain", "Bamako")));
    }
    long second = Files.size(file) - gzip(record("resource", "text/plain", "Bamako")).length;
    CollectLimits limits = new CollectLimits(1 << 30, 1 << 30, 1 << 16, 1 << 16);

    Fixtures.collector(limits).collect(List.of(file), sink);

    assertThat(sink.origins()).containsExactly(file + "@" + second);
    assertThat(sink.documents.getFirst().content()).isEqualTo(utf8("Bamako"));
    assertThat(sink.errors)
        .containsExactly(
            IngestError.skipped(
                file + "@0",
                ErrorCause.TOO_LARGE,
                "a WARC or HTTP header exceeds the limit of 1048576 bytes"));
  }

  private static byte[] record(String type, String contentType, String body) {
    byte[] content = utf8(body);
    String header =
        "WARC/1.0\r\nWARC-Type: "
            + type
            + "\r\nWARC-Target-URI: https://www.example.ml/page\r\nWARC-Date: 2025-03-14T09:30:00Z"
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + content.length
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(header));
    out.writeBytes(content);
    out.writeBytes(utf8("\r\n\r\n"));
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
