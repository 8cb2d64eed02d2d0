package org.vigie.collect.platform;

import java.nio.charset.StandardCharsets;

/** Decodes the inside of a JSON string literal (between its quotes) from UTF-8 bytes. */
final class JsonStrings {
  private JsonStrings() {}

  static String decode(byte[] bytes, int from, int to) {
    String raw = new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 == raw.length()) {
        out.append(c);
        continue;
      }
      char e = raw.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          int code = i + 4 < raw.length() ? hex(raw.substring(i + 1, i + 5)) : -1;
          if (code >= 0) {
            out.append((char) code);
            i += 4;
          } else {
            out.append("\\u");
          }
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }

  private static int hex(String digits) {
    try {
      return Integer.parseInt(digits, 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
