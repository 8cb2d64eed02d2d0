package org.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcResyncTest {
  @TempDir Path temp;

  @Test
  void findsTheNextGzipMemberAcrossBufferBoundaries() throws IOException {
    for (int at : new int[] {1, 65_534, 65_535, 65_536, 200_000}) {
      byte[] bytes = new byte[at + 10];
      bytes[at] = 0x1f;
      bytes[at + 1] = (byte) 0x8b;
      bytes[at + 2] = 0x08;
      Path file = Files.write(temp.resolve("f" + at + ".warc.gz"), bytes);

      assertThat(WarcResync.nextRecordStart(file, 1, true)).as("at %d", at).isEqualTo(at);
      assertThat(WarcResync.nextRecordStart(file, at + 1, true)).isEqualTo(-1);
    }
  }

  @Test
  void findsTheNextWarcLineOnlyAtTheStartOfALine() throws IOException {
    String text = "garbage WARC/1.0 inline\r\nWARC/1.1\r\n";
    Path file = Files.writeString(temp.resolve("f.warc"), text, StandardCharsets.US_ASCII);

    assertThat(WarcResync.nextRecordStart(file, 1, false)).isEqualTo(text.indexOf("WARC/1.1"));
    assertThat(WarcResync.nextRecordStart(file, text.indexOf("WARC/1.1") + 1, false)).isEqualTo(-1);
  }

  @Test
  void tellsGzipFromPlainFiles() throws IOException {
    Path plain = Files.writeString(temp.resolve("p.warc"), "WARC/1.0\r\n");
    Path empty = Files.createFile(temp.resolve("e.warc"));

    assertThat(WarcResync.isGzip(Fixtures.path("warc", "crawl.warc.gz"))).isTrue();
    assertThat(WarcResync.isGzip(plain)).isFalse();
    assertThat(WarcResync.isGzip(empty)).isFalse();
  }
}
