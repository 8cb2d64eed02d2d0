package org.vigie.collect.platform;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * One export file being read, with what a reader needs to turn it into posts. Exports are read as
 * streams whatever their size (a channel's history can be gigabytes); only one record is held at a
 * time, bounded by {@code maxRecordBytes}.
 *
 * @param path where to read it
 * @param name the path as the user gave it; the start of every origin
 * @param sourceId the source its posts belong to
 * @param fetchedAt the collection time
 * @param maxRecordBytes the largest message, tweet or CSV record read; a larger one is skipped
 * @param progress told the number of bytes read so far (on disk), about every megabyte
 */
public record ExportFile(
    Path path,
    String name,
    String sourceId,
    Instant fetchedAt,
    int maxRecordBytes,
    LongConsumer progress) {

  /** 8 MiB: far above any real post, small enough to keep memory flat. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 8 * 1024 * 1024;

  /** The file's bytes, decompressed when its name ends in {@code .gz}. */
  public InputStream openStream() throws IOException {
    InputStream in = new Counting(Files.newInputStream(path), progress);
    if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      in = new GZIPInputStream(in, 64 * 1024);
    }
    return new BufferedInputStream(in, 64 * 1024);
  }

  /** The origin of line {@code number} (1-based): {@code name:number}. */
  public String atLine(long number) {
    return name + ":" + number;
  }

  /** The origin of the record starting at byte {@code offset}: {@code name@offset}. */
  public String atOffset(long offset) {
    return name + "@" + offset;
  }

  /** Counts the bytes read from disk and reports them every megabyte. */
  private static final class Counting extends FilterInputStream {
    private static final long STEP = 1 << 20;
    private final LongConsumer progress;
    private long count;
    private long reported;

    Counting(InputStream in, LongConsumer progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    private void advance(long n) {
      count += n;
      if (count - reported >= STEP) {
        reported = count;
        progress.accept(count);
      }
    }
  }
}
