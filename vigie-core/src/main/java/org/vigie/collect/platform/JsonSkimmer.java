package org.vigie.collect.platform;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Walks the structure of a JSON document of any size without parsing it: finds object keys and
 * array elements, and hands each element over as its raw bytes, to be parsed on its own. One
 * malformed element then costs that element only, not the rest of the file, as it would with a
 * single streaming parser; and memory is bounded by the largest element kept.
 *
 * <p>An element's end is found by counting brackets outside strings, so an element whose brackets
 * balance is delimited exactly even when its content is not valid JSON. Tracks the byte offset and
 * line of what it reads. Not thread-safe.
 */
final class JsonSkimmer implements Closeable {
  private static final int MAX_KEY_BYTES = 64 * 1024;
  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int len;
  private long consumed;
  private long line = 1;
  private byte[] value = new byte[4096];
  private int valueLength;

  JsonSkimmer(InputStream in) throws IOException {
    this.in = in;
    if (peek() == 0xEF) { // a byte order mark, which JSON tolerates
      next();
      next();
      next();
    }
  }

  /** The offset of the next byte from the start of the file. */
  long offset() {
    return consumed + pos;
  }

  /** The line of the next byte (1-based). */
  long line() {
    return line;
  }

  /** The next byte that is not white space, without consuming it; -1 at the end of the input. */
  int peekToken() throws IOException {
    int b = peek();
    while (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
      next();
      b = peek();
    }
    return b;
  }

  /**
   * Skips a JavaScript prefix up to the first {@code [} (an X archive's {@code
   * window.YTD.tweets.part0 = }); returns whether one was found, before at most {@code max} bytes.
   */
  boolean skipToArray(int max) throws IOException {
    for (int i = 0; i < max; i++) {
      int b = peek();
      if (b == '[' || b < 0) {
        return b == '[';
      }
      next();
    }
    return false;
  }

  /** Consumes the next token byte, which must be {@code expected}. */
  void expect(char expected) throws IOException {
    int b = peekToken();
    if (b != expected) {
      throw new MalformedJsonException(
          "expected '" + expected + "' but found " + describe(b), offset(), line);
    }
    next();
  }

  /** Consumes a ',' or the {@code close} byte; returns whether the container goes on. */
  boolean more(char close) throws IOException {
    int b = peekToken();
    if (b == ',') {
      next();
      return true;
    }
    if (b == close) {
      next();
      return false;
    }
    throw new MalformedJsonException(
        "expected ',' or '" + close + "' but found " + describe(b), offset(), line);
  }

  /** Reads an object key and its colon; the key's escapes are decoded. */
  String key() throws IOException {
    if (peekToken() != '"') {
      throw new MalformedJsonException(
          "expected a key but found " + describe(peekToken()), offset(), line);
    }
    if (!capture(MAX_KEY_BYTES)) {
      throw new MalformedJsonException(
          "a key longer than " + MAX_KEY_BYTES + " bytes (a broken string?)", offset(), line);
    }
    expect(':');
    return JsonStrings.decode(value, 1, valueLength - 1);
  }

  /**
   * Reads the next value (object, array, string, number, literal) into {@link #value()}.
   *
   * @return {@code false} when it was longer than {@code max} bytes: it is then skipped, not kept
   * @throws TruncatedJsonException when the input ends inside the value
   */
  boolean capture(int max) throws IOException {
    valueLength = 0;
    int first = peekToken();
    if (first < 0) {
      throw new TruncatedJsonException("the file ends where a value was expected", offset(), line);
    }
    boolean kept = true;
    if (first == '{' || first == '[') {
      kept = captureContainer(max);
    } else if (first == '"') {
      kept = captureString(max);
    } else {
      captureScalar(max);
    }
    return kept;
  }

  /** Skips the next value. */
  void skip() throws IOException {
    capture(0);
  }

  byte[] value() {
    return value;
  }

  int valueLength() {
    return valueLength;
  }

  private boolean captureContainer(int max) throws IOException {
    long start = offset();
    long startLine = line;
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    boolean kept = true;
    while (true) {
      int b = next();
      if (b < 0) {
        throw new TruncatedJsonException(
            "the file ends inside the value that starts at byte "
                + start
                + " (line "
                + startLine
                + ")",
            offset(),
            line);
      }
      kept = keep(b, max) && kept;
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if ((b == '}' || b == ']') && --depth == 0) {
        return kept;
      }
    }
  }

  private boolean captureString(int max) throws IOException {
    long start = offset();
    boolean kept = keep(next(), max);
    boolean escaped = false;
    while (true) {
      int b = next();
      if (b < 0) {
        throw new TruncatedJsonException(
            "the file ends inside the string that starts at byte " + start, offset(), line);
      }
      kept = keep(b, max) && kept;
      if (escaped) {
        escaped = false;
      } else if (b == '\\') {
        escaped = true;
      } else if (b == '"') {
        return kept;
      }
    }
  }

  private void captureScalar(int max) throws IOException {
    int b = peek();
    while (b >= 0 && b != ',' && b != '}' && b != ']' && b > ' ') {
      keep(next(), Math.max(max, 64));
      b = peek();
    }
    if (valueLength == 0) {
      throw new MalformedJsonException("unexpected " + describe(b), offset(), line);
    }
  }

  /** Appends a byte to the value unless it would pass {@code max}; returns whether it fit. */
  private boolean keep(int b, int max) {
    if (valueLength >= max) {
      return false;
    }
    if (valueLength == value.length) {
      value = Arrays.copyOf(value, Math.min(Math.max(value.length * 2, 16), Integer.MAX_VALUE - 8));
    }
    value[valueLength++] = (byte) b;
    return true;
  }

  private int peek() throws IOException {
    if (pos == len && !fill()) {
      return -1;
    }
    return buffer[pos] & 0xFF;
  }

  private int next() throws IOException {
    if (pos == len && !fill()) {
      return -1;
    }
    int b = buffer[pos++] & 0xFF;
    if (b == '\n') {
      line++;
    }
    return b;
  }

  private boolean fill() throws IOException {
    consumed += len;
    pos = 0;
    len = 0;
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    len = n;
    return true;
  }

  private static String describe(int b) {
    if (b < 0) {
      return "the end of the file";
    }
    return b >= ' ' && b < 0x7F ? "'" + (char) b + "'" : String.format("byte 0x%02X", b);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Where the structure around the elements is broken; the rest of the file cannot be read. */
  static class MalformedJsonException extends IOException {
    private static final long serialVersionUID = 1L;
    final long offset;
    final long line;

    MalformedJsonException(String message, long offset, long line) {
      super(message + " at byte " + offset + " (line " + line + ")");
      this.offset = offset;
      this.line = line;
    }
  }

  /** The input ended before the document did. */
  static final class TruncatedJsonException extends MalformedJsonException {
    private static final long serialVersionUID = 1L;

    TruncatedJsonException(String message, long offset, long line) {
      super(message + ", truncated", offset, line);
    }
  }
}
