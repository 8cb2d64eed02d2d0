package org.vigie.collect;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Decompresses gzip (all members of a multi-member file) and reports any failure of the compressed
 * data as {@link CorruptCompressionException}, so that callers can tell a truncated archive from an
 * unreadable disk. A {@link LimitExceededException} from the compressed source passes through.
 */
final class GunzipInputStream extends InputStream {
  private static final int BUFFER = 64 * 1024;
  private final InputStream compressed;
  private GZIPInputStream gzip;

  GunzipInputStream(InputStream compressed) {
    this.compressed = compressed;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    try {
      return gzip().read(buffer, offset, length);
    } catch (LimitExceededException e) {
      throw e;
    } catch (IOException e) {
      throw new CorruptCompressionException(e);
    }
  }

  /** Opened on first read, because the constructor already reads and checks the gzip header. */
  private GZIPInputStream gzip() throws IOException {
    if (gzip == null) {
      gzip = new GZIPInputStream(compressed, BUFFER);
    }
    return gzip;
  }

  @Override
  public void close() throws IOException {
    compressed.close();
  }
}
