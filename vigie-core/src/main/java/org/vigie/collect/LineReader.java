package org.vigie.collect;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ending in {@code \n} (a trailing {@code \r} is dropped), without
 * decoding them. A line longer than the limit is not kept: the reader streams through the rest of
 * it and returns only its length, so memory stays bounded by the limit whatever the input.
 */
final class LineReader implements Closeable {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int end;
  private long lineNumber;
  private byte[] line = new byte[256];
  private int lineLength;
  private long totalLength;

  /**
   * A line of the input.
   *
   * @param number 1-based line number
   * @param bytes the line without its end, or {@code null} when it was over the limit
   * @param length the line's length in bytes, also when it was over the limit
   */
  record Line(long number, byte[] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The number of the last line returned, or of the line being read when an exception ended it. */
  long lineNumber() {
    return lineNumber;
  }

  /** The next line, or {@code null} at the end of the input. */
  Line next() throws IOException {
    lineLength = 0;
    totalLength = 0;
    boolean sawBytes = false;
    lineNumber++;
    while (true) {
      if (position == end && !fill()) {
        return sawBytes ? finish() : endOfInput();
      }
      sawBytes = true;
      if (consumeUntilNewline()) {
        return finish();
      }
    }
  }

  private Line endOfInput() {
    lineNumber--;
    return null;
  }

  /** Takes bytes from the buffer up to a newline; returns whether the line ended. */
  private boolean consumeUntilNewline() {
    int newline = indexOfNewline();
    int stop = newline < 0 ? end : newline;
    append(position, stop - position);
    position = newline < 0 ? end : newline + 1;
    return newline >= 0;
  }

  private int indexOfNewline() {
    for (int i = position; i < end; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int count) {
    totalLength += count;
    if (totalLength > maxLineBytes) {
      return;
    }
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + count, line.length * 2));
    }
    System.arraycopy(buffer, from, line, lineLength, count);
    lineLength += count;
  }

  private Line finish() {
    if (totalLength > maxLineBytes) {
      return new Line(lineNumber, null, totalLength);
    }
    int length = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
    return new Line(lineNumber, Arrays.copyOf(line, length), length);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    position = 0;
    end = Math.max(n, 0);
    return n > 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
