package org.vigie.archive.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** Copies and hashes files (SHA-256), telling the bytes done as it goes. */
final class FileCopy {
  private static final int CHUNK = 1 << 16;

  private FileCopy() {}

  /**
   * Copies the first {@code bytes} bytes of {@code from} into a new file {@code to} (an append-only
   * file may have grown meanwhile) and answers their SHA-256, hex.
   */
  static String copy(Path from, Path to, long bytes, LongConsumer done) throws IOException {
    Files.createDirectories(to.getParent());
    MessageDigest sha = sha256();
    try (FileChannel in = FileChannel.open(from);
        FileChannel out =
            FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      InputStream stream = Channels.newInputStream(in);
      byte[] buffer = new byte[CHUNK];
      long left = bytes;
      while (left > 0) {
        int n = stream.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new IOException(from + " is shorter than " + bytes + " bytes");
        }
        sha.update(buffer, 0, n);
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
        while (chunk.hasRemaining()) {
          out.write(chunk);
        }
        left -= n;
        done.accept(n);
      }
      out.force(true);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The SHA-256 of a file, hex. */
  static String sha256(Path file, LongConsumer done) throws IOException {
    MessageDigest sha = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[CHUNK];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
        done.accept(n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
