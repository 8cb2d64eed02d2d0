package org.vigie.archive.backup;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks the gzip members of a file ({@code .warc.gz}: one member per WARC record), checking each
 * one's CRC-32 and length: finds where the complete members end (a file being appended to may end
 * in a member half written) and the first damaged one.
 */
final class GzipMembers {
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  private static final int FHCRC = 2;

  /**
   * What a walk found.
   *
   * @param complete bytes of whole, correct members from the start
   * @param size the file's size when read
   * @param problem what is wrong with the member at {@code complete}, or null when every member is
   *     whole and correct
   * @param truncated whether that member only lacks its end (the file ends inside it)
   */
  record Scan(long complete, long size, String problem, boolean truncated) {
    boolean whole() {
      return problem == null;
    }
  }

  private GzipMembers() {}

  static Scan scan(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      long start = 0;
      while (start < size) {
        try {
          start = member(channel, start, size);
        } catch (EOFException e) {
          return new Scan(start, size, "gzip member at byte " + start + " is cut short", true);
        } catch (DataFormatException | IllegalStateException e) {
          return new Scan(
              start, size, "gzip member at byte " + start + ": " + e.getMessage(), false);
        }
      }
      return new Scan(size, size, null, false);
    }
  }

  /** Checks the member starting at {@code start}; answers where the next one starts. */
  private static long member(FileChannel channel, long start, long size)
      throws IOException, DataFormatException {
    byte[] head = read(channel, start, 10, size);
    if ((head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b || head[2] != 8) {
      throw new DataFormatException("not a gzip header");
    }
    int flags = head[3] & 0xff;
    long pos = start + 10;
    if ((flags & FEXTRA) != 0) {
      byte[] len = read(channel, pos, 2, size);
      pos += 2 + ((len[0] & 0xff) | (len[1] & 0xff) << 8);
    }
    if ((flags & FNAME) != 0) {
      pos = skipZeroTerminated(channel, pos, size);
    }
    if ((flags & FCOMMENT) != 0) {
      pos = skipZeroTerminated(channel, pos, size);
    }
    if ((flags & FHCRC) != 0) {
      pos += 2;
    }
    CRC32 crc = new CRC32();
    long[] out = {0};
    long end = inflate(channel, pos, size, crc, out);
    byte[] trailer = read(channel, end, 8, size);
    long expectedCrc = le32(trailer, 0);
    long expectedSize = le32(trailer, 4);
    if (expectedCrc != crc.getValue()) {
      throw new DataFormatException("CRC-32 does not match (the bytes were changed)");
    }
    if (expectedSize != (out[0] & 0xffffffffL)) {
      throw new DataFormatException("length does not match");
    }
    return end + 8;
  }

  private static long inflate(FileChannel channel, long from, long size, CRC32 crc, long[] out)
      throws IOException, DataFormatException {
    Inflater inflater = new Inflater(true);
    try {
      byte[] in = new byte[1 << 16];
      byte[] buffer = new byte[1 << 16];
      long pos = from;
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          int n = channel.read(ByteBuffer.wrap(in), pos);
          if (n <= 0 || pos >= size) {
            throw new EOFException();
          }
          n = (int) Math.min(n, size - pos);
          pos += n;
          inflater.setInput(in, 0, n);
        }
        int k = inflater.inflate(buffer);
        if (k == 0 && inflater.needsDictionary()) {
          throw new DataFormatException("asks for a dictionary");
        }
        crc.update(buffer, 0, k);
        out[0] += k;
      }
      return pos - inflater.getRemaining();
    } finally {
      inflater.end();
    }
  }

  private static long skipZeroTerminated(FileChannel channel, long pos, long size)
      throws IOException {
    while (true) {
      if (read(channel, pos++, 1, size)[0] == 0) {
        return pos;
      }
    }
  }

  private static byte[] read(FileChannel channel, long pos, int n, long size) throws IOException {
    if (pos + n > size) {
      throw new EOFException();
    }
    ByteBuffer buffer = ByteBuffer.allocate(n);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, pos + buffer.position()) < 0) {
        throw new EOFException();
      }
    }
    return buffer.array();
  }

  private static long le32(byte[] b, int at) {
    return (b[at] & 0xffL)
        | (b[at + 1] & 0xffL) << 8
        | (b[at + 2] & 0xffL) << 16
        | (b[at + 3] & 0xffL) << 24;
  }
}
