package org.vigie.analysis.extract;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns collected bytes into text. The charset is chosen in this order: a byte order mark, the
 * charset the transport declared (HTTP, WARC), for HTML a {@code <meta charset>} or {@code
 * http-equiv} declaration in the first 1 024 bytes (the WHATWG prescan), then strict UTF-8, and
 * when the bytes are not valid UTF-8, windows-1252, which decodes any byte sequence. A declared
 * single-byte Latin charset (windows-1252, ISO-8859-*) is overruled when the bytes are valid UTF-8
 * holding multi-byte sequences: such bytes are almost never meant as Latin text, and reading them
 * so gives the "Ã©" of mislabelled pages. A declared UTF-8 that the bytes break is treated like no
 * declaration. As browsers do, ISO-8859-1 and US-ASCII are read as windows-1252.
 *
 * <p>Pure and thread-safe.
 */
public final class TextDecoder {
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int META_SCAN_BYTES = 1024;
  private static final int BINARY_SCAN_CHARS = 8192;
  private static final double MAX_CONTROL_SHARE = 0.05;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /** Where the charset of a {@link Decoded} text came from. */
  public enum Source {
    BOM,
    DECLARED,
    META,
    UTF8,
    /** The bytes were not valid UTF-8 and were read as windows-1252. */
    FALLBACK
  }

  /**
   * Decoded text and how it was decoded.
   *
   * @param invalidUtf8Offset the byte offset of the first byte that is not valid UTF-8 when {@code
   *     source} is {@link Source#FALLBACK}, otherwise -1
   */
  public record Decoded(String text, Charset charset, Source source, int invalidUtf8Offset) {
    public boolean fellBack() {
      return source == Source.FALLBACK;
    }
  }

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param declaredCharset the transport's charset name, or {@code null}; unknown names are ignored
   * @param html whether to look for a {@code <meta>} charset declaration
   */
  public static Decoded decode(byte[] bytes, String declaredCharset, boolean html) {
    Objects.requireNonNull(bytes, "bytes");
    Decoded withBom = decodeByteOrderMark(bytes);
    if (withBom != null) {
      return withBom;
    }
    Charset declared = lookup(declaredCharset);
    if (declared != null) {
      return decodeLabelled(bytes, declared, Source.DECLARED);
    }
    Charset meta = html ? lookup(metaCharset(bytes)) : null;
    if (meta != null) {
      return decodeLabelled(bytes, meta, Source.META);
    }
    return decodeAs(bytes, UTF_8, Source.UTF8);
  }

  /**
   * Whether decoded text is really binary data: it holds a NUL character, or more than 5% of its
   * first 8 K characters are control characters (other than tab, line feed, form feed and carriage
   * return) or replacement characters.
   */
  public static boolean looksBinary(String text) {
    int n = Math.min(text.length(), BINARY_SCAN_CHARS);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (isSuspicious(c)) {
        controls++;
      }
    }
    return n > 0 && controls > n * MAX_CONTROL_SHARE;
  }

  /**
   * The charset named by a {@code <meta>} tag in the first 1 024 bytes of an HTML page, or null.
   */
  static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** The charset a label denotes, with browsers' aliases, or null when unknown. */
  static Charset lookup(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String name = label.strip().toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.contains("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  private static boolean isSuspicious(char c) {
    boolean c0 = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    boolean c1 = c >= 0x7f && c <= 0x9f;
    return c0 || c1 || c == '\uFFFD';
  }

  private static Decoded decodeByteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return new Decoded(new String(b, 3, b.length - 3, UTF_8), UTF_8, Source.BOM, -1);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return new Decoded(new String(b, 2, b.length - 2, UTF_16BE), UTF_16BE, Source.BOM, -1);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return new Decoded(new String(b, 2, b.length - 2, UTF_16LE), UTF_16LE, Source.BOM, -1);
    }
    return null;
  }

  private static Decoded decodeLabelled(byte[] bytes, Charset label, Source source) {
    if (isSingleByteLatin(label) && hasMultiByteSequence(bytes)) {
      Decoded utf8 = decodeAs(bytes, UTF_8, Source.UTF8);
      if (!utf8.fellBack()) {
        return utf8;
      }
    }
    return decodeAs(bytes, label, source);
  }

  private static boolean isSingleByteLatin(Charset c) {
    String name = c.name().toLowerCase(Locale.ROOT);
    return name.equals("windows-1252") || name.startsWith("iso-8859-");
  }

  private static boolean hasMultiByteSequence(byte[] bytes) {
    for (int i = 0; i + 1 < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b >= 0xC2 && b <= 0xF4 && (bytes[i + 1] & 0xC0) == 0x80) {
        return true;
      }
    }
    return false;
  }

  private static Decoded decodeAs(byte[] bytes, Charset charset, Source source) {
    if (!charset.equals(UTF_8)) {
      return new Decoded(new String(bytes, charset), charset, source, -1);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    if (strictUtf8().decode(in, out, true).isError()) {
      return new Decoded(
          new String(bytes, WINDOWS_1252), WINDOWS_1252, Source.FALLBACK, in.position());
    }
    return new Decoded(out.flip().toString(), UTF_8, source, -1);
  }

  private static CharsetDecoder strictUtf8() {
    return UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
