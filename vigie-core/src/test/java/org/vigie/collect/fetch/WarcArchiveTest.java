package org.vigie.collect.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class WarcArchiveTest {
  @TempDir Path folder;

  private static Exchange exchange(int i, int size) throws Exception {
    Random random = new Random(i);
    StringBuilder text = new StringBuilder("<p>");
    for (int c = 0; c < size; c++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    byte[] body = text.append("</p>").toString().getBytes(StandardCharsets.UTF_8);
    return new Exchange(
        URI.create("https://www.example.ml/articles/" + i + ".html"),
        Map.of("User-Agent", List.of("Vigie/0.1")),
        200,
        Map.of(
            "Content-Type", List.of("text/html; charset=utf-8"),
            "Transfer-Encoding", List.of("chunked")),
        body,
        Instant.parse("2026-11-16T09:00:00Z").plusSeconds(i),
        InetAddress.getByName("41.73.112.10"));
  }

  @Test
  void startsANewFileWhenTheCurrentOnePassesTheSizeLimit() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-16T09:00:00Z"), ZoneOffset.UTC);
    try (WarcArchive archive = new WarcArchive(folder, "sahel", 4_000, clock)) {
      for (int i = 0; i < 6; i++) {
        archive.record(exchange(i, 1_000));
      }
      assertThat(archive.failures()).isEmpty();
      assertThat(archive.files())
          .hasSizeGreaterThan(1)
          .allSatisfy(
              f ->
                  assertThat(f.getFileName().toString())
                      .matches("sahel-20261116090000000-\\d{5}\\.warc\\.gz"));
    }
  }

  @Test
  void theResponseKeepsItsHeadersWithoutChunkingAndTheServerAddress() throws Exception {
    try (WarcArchive archive = new WarcArchive(folder, "sahel")) {
      archive.record(exchange(1, 10));
      archive.close();
      try (WarcReader reader = new WarcReader(archive.files().get(0))) {
        WarcRecord request = reader.next().orElseThrow();
        WarcResponse response = (WarcResponse) reader.next().orElseThrow();
        assertThat(request.type()).isEqualTo("request");
        assertThat(response.target()).isEqualTo("https://www.example.ml/articles/1.html");
        assertThat(response.date()).isEqualTo(Instant.parse("2026-11-16T09:00:01Z"));
        assertThat(response.http().headers().first("Transfer-Encoding")).isEmpty();
        assertThat(response.http().headers().first("Content-Length")).contains("17");
        assertThat(response.ipAddress().orElseThrow().getHostAddress()).isEqualTo("41.73.112.10");
        assertThat(response.payloadDigest().orElseThrow().algorithm()).isEqualTo("sha1");
      }
    }
  }
}
