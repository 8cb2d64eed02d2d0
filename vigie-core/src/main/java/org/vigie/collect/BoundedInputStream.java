package org.vigie.collect;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until more than {@code limit} have been read, then throws {@link
 * LimitExceededException}. It reads at most one byte past the limit, so an oversized input costs no
 * more than the limit in time and nothing in memory.
 */
final class BoundedInputStream extends FilterInputStream {
  private final long limit;
  private final String what;
  private long count;

  BoundedInputStream(InputStream in, long limit, String what) {
    super(in);
    this.limit = limit;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int wanted = (int) Math.min(length, limit - count + 1);
    int n = in.read(buffer, offset, Math.max(wanted, 1));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] scratch = new byte[(int) Math.max(1, Math.min(n, 8192))];
    return Math.max(read(scratch, 0, scratch.length), 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(int n) throws LimitExceededException {
    count += n;
    if (count > limit) {
      throw new LimitExceededException(what, limit);
    }
  }
}
