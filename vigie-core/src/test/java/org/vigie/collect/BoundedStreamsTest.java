package org.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BoundedStreamsTest {

  @Test
  void boundedStreamPassesUpToItsLimit() throws IOException {
    InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[100]), 100, "data");

    assertThat(in.readAllBytes()).hasSize(100);
  }

  @Test
  void boundedStreamStopsOneBytePastItsLimit() {
    CountingStream source = new CountingStream(new byte[1_000_000]);
    InputStream in = new BoundedInputStream(source, 1000, "data");

    assertThatThrownBy(in::readAllBytes)
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("data exceeds the limit of 1000 bytes");
    assertThat(source.read).isEqualTo(1001);
  }

  @Test
  void gunzipReportsTruncationAsCorruptCompression() throws IOException {
    byte[] gzip = gzip(new byte[100_000]);
    InputStream in =
        new GunzipInputStream(new ByteArrayInputStream(Arrays.copyOf(gzip, gzip.length - 10)));

    assertThatThrownBy(in::readAllBytes).isInstanceOf(CorruptCompressionException.class);
  }

  @Test
  void gunzipReportsNonGzipDataAsCorruptCompression() {
    InputStream in = new GunzipInputStream(new ByteArrayInputStream("pas du gzip".getBytes()));

    assertThatThrownBy(in::readAllBytes)
        .isInstanceOf(CorruptCompressionException.class)
        .hasMessageContaining("Not in GZIP format");
  }

  @Test
  void gunzipLetsTheSourceLimitThrough() throws IOException {
    byte[] gzip = gzip(new byte[100_000]);
    InputStream in =
        new GunzipInputStream(new BoundedInputStream(new ByteArrayInputStream(gzip), 20, "file"));

    assertThatThrownBy(in::readAllBytes).isInstanceOf(LimitExceededException.class);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    }
    return out.toByteArray();
  }

  /** Counts the bytes a reader took from it. */
  private static final class CountingStream extends ByteArrayInputStream {
    int read;

    CountingStream(byte[] data) {
      super(data);
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
      int n = super.read(buffer, offset, length);
      read += Math.max(n, 0);
      return n;
    }
  }
}
