package org.vigie.collect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * Caps the bytes a reader may pull: a total for the whole stream and a budget that the owner sets
 * before each step. It guards jwarc, which buffers a record's header whole however long it is: a
 * step's budget is what that step may legitimately need. Over either cap, reading throws {@link
 * LimitExceededException}; {@link #overTotal()} tells which cap it was.
 */
final class BudgetedChannel implements ReadableByteChannel {
  private final ReadableByteChannel source;
  private final long total;
  private long read;
  private long stepLimit = Long.MAX_VALUE;

  BudgetedChannel(ReadableByteChannel source, long total) {
    this.source = source;
    this.total = total;
  }

  /** Allows {@code bytes} more to be read from now on (and no more than the total). */
  void allow(long bytes) {
    stepLimit = bytes > Long.MAX_VALUE - read ? Long.MAX_VALUE : read + bytes;
  }

  long bytesRead() {
    return read;
  }

  /** Whether the last limit reached was the total rather than a step's budget. */
  boolean overTotal() {
    return read >= total;
  }

  @Override
  public int read(ByteBuffer target) throws IOException {
    long allowed = Math.min(total, stepLimit) - read;
    if (allowed <= 0) {
      return stop();
    }
    ByteBuffer window = target.slice();
    window.limit((int) Math.min(window.limit(), allowed));
    int n = source.read(window);
    if (n > 0) {
      target.position(target.position() + n);
      read += n;
    }
    return n;
  }

  /** At a cap: the end if the source has nothing more, otherwise an error. */
  private int stop() throws IOException {
    ByteBuffer probe = ByteBuffer.allocate(1);
    if (source.read(probe) < 0) {
      return -1;
    }
    throw overTotal()
        ? new LimitExceededException("decompressed data", total)
        : new LimitExceededException("a WARC or HTTP header", WarcFileReader.MAX_HEADER_BYTES);
  }

  @Override
  public boolean isOpen() {
    return source.isOpen();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
