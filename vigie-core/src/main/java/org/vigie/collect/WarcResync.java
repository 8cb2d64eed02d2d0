package org.vigie.collect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Finds where the next WARC record may start after a broken one, by scanning the raw file: the next
 * gzip member header ({@code 1f 8b 08}) in a compressed WARC, the next line starting with {@code
 * WARC/1.} in an uncompressed one. A candidate may be a false match (the bytes can occur inside a
 * record); the reader then fails there too and scans again further on.
 */
final class WarcResync {
  private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

  private WarcResync() {}

  /** Whether the file starts like a gzip stream. */
  static boolean isGzip(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer head = ByteBuffer.allocate(2);
      while (head.hasRemaining() && channel.read(head) >= 0) {}
      return head.position() == 2 && head.get(0) == 0x1f && head.get(1) == (byte) 0x8b;
    }
  }

  /** The offset of the next candidate record at or after {@code from}, or -1 when there is none. */
  static long nextRecordStart(Path path, long from, boolean gzip) throws IOException {
    byte[] pattern = gzip ? GZIP_MEMBER : WARC_LINE;
    long searchFrom = gzip ? from : from - 1;
    long found = indexOf(path, pattern, Math.max(searchFrom, 0));
    return found < 0 || gzip ? found : found + 1;
  }

  private static long indexOf(Path path, byte[] pattern, long from) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      long bufferStart = from;
      channel.position(from);
      while (channel.read(buffer) > 0 || buffer.position() > 0) {
        buffer.flip();
        int hit = indexOf(buffer, pattern);
        if (hit >= 0) {
          return bufferStart + hit;
        }
        if (channel.position() >= channel.size()) {
          return -1;
        }
        int keep = Math.min(pattern.length - 1, buffer.limit());
        bufferStart += buffer.limit() - keep;
        buffer.position(buffer.limit() - keep);
        buffer.compact();
      }
      return -1;
    }
  }

  private static int indexOf(ByteBuffer buffer, byte[] pattern) {
    for (int i = 0; i + pattern.length <= buffer.limit(); i++) {
      if (matchesAt(buffer, i, pattern)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean matchesAt(ByteBuffer buffer, int at, byte[] pattern) {
    for (int j = 0; j < pattern.length; j++) {
      if (buffer.get(at + j) != pattern[j]) {
        return false;
      }
    }
    return true;
  }
}
