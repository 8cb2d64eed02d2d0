package org.vigie.collect;

/**
 * Tells text from binary junk by looking at the first bytes, without decoding them: text in any
 * ASCII-compatible encoding has no NUL bytes and few control characters. UTF-16 text (which is full
 * of NULs) is recognised by its byte order mark.
 */
final class BinarySniffer {
  static final int SAMPLE_BYTES = 8192;
  private static final double MAX_CONTROL_SHARE = 0.05;

  private BinarySniffer() {}

  /** Whether {@code bytes} look like binary data rather than text. */
  static boolean looksBinary(byte[] bytes) {
    if (hasUtf16Bom(bytes)) {
      return false;
    }
    int sample = Math.min(bytes.length, SAMPLE_BYTES);
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (isControl(b)) {
        controls++;
      }
    }
    return controls > sample * MAX_CONTROL_SHARE;
  }

  private static boolean isControl(int b) {
    boolean textControl = b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x1b;
    return (b < 0x20 && !textControl) || b == 0x7f;
  }

  private static boolean hasUtf16Bom(byte[] bytes) {
    if (bytes.length < 2) {
      return false;
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    return (first == 0xfe && second == 0xff) || (first == 0xff && second == 0xfe);
  }
}
