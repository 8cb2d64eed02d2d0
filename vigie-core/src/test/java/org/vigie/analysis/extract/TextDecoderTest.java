package org.vigie.analysis.extract;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final Charset CP1252 = TextDecoder.WINDOWS_1252;

  @Test
  void byteOrderMarkWinsOverEverything() {
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Été".getBytes(UTF_8));
    TextDecoder.Decoded d = TextDecoder.decode(utf8, "windows-1252", true);
    assertThat(d.text()).isEqualTo("Été");
    assertThat(d.source()).isEqualTo(TextDecoder.Source.BOM);

    byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Dakar".getBytes(UTF_16LE));
    TextDecoder.Decoded d16 = TextDecoder.decode(utf16, null, false);
    assertThat(d16.text()).isEqualTo("Dakar");
    assertThat(TextDecoder.looksBinary(d16.text())).isFalse();
  }

  @Test
  void declaredCharsetComesBeforeMeta() {
    byte[] page = "<meta charset=utf-8><p>Ségou</p>".getBytes(CP1252);
    TextDecoder.Decoded d = TextDecoder.decode(page, "ISO-8859-1", true);
    assertThat(d.text()).contains("Ségou");
    assertThat(d.source()).isEqualTo(TextDecoder.Source.DECLARED);
    assertThat(d.charset()).isEqualTo(CP1252);
  }

  @Test
  void metaCharsetAndHttpEquivAreRead() {
    byte[] meta = "<html><head><meta charset=\"windows-1252\"></head><p>l’été</p>".getBytes(CP1252);
    assertThat(TextDecoder.decode(meta, null, true).text()).contains("l’été");
    byte[] httpEquiv =
        "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'><p>Kédougou"
            .getBytes(CP1252);
    TextDecoder.Decoded d = TextDecoder.decode(httpEquiv, null, true);
    assertThat(d.text()).endsWith("Kédougou");
    assertThat(d.source()).isEqualTo(TextDecoder.Source.META);
  }

  @Test
  void metaIsIgnoredForPlainTextAndUnknownCharsetsAreIgnored() {
    byte[] text = "<meta charset=windows-1252> Thiès".getBytes(UTF_8);
    assertThat(TextDecoder.decode(text, null, false).text()).endsWith("Thiès");
    assertThat(TextDecoder.decode(text, "x-no-such-charset", false).source())
        .isEqualTo(TextDecoder.Source.UTF8);
  }

  @Test
  void invalidUtf8FallsBackToWindows1252AndSaysWhere() {
    byte[] bytes = "Kaolack, Ziguinchor et Kédougou".getBytes(CP1252);
    TextDecoder.Decoded d = TextDecoder.decode(bytes, null, true);
    assertThat(d.fellBack()).isTrue();
    assertThat(d.text()).isEqualTo("Kaolack, Ziguinchor et Kédougou");
    assertThat(d.invalidUtf8Offset()).isEqualTo("Kaolack, Ziguinchor et K".length());
  }

  @Test
  void declaredUtf8ThatTheBytesBreakAlsoFallsBack() {
    TextDecoder.Decoded d = TextDecoder.decode("Sénégal".getBytes(CP1252), "UTF-8", false);
    assertThat(d.fellBack()).isTrue();
    assertThat(d.text()).isEqualTo("Sénégal");
  }

  @Test
  void utf8BytesLabelledLatinAreReadAsUtf8NotAsMojibake() {
    byte[] page =
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>Ségou, l’été</p>"
            .getBytes(UTF_8);
    TextDecoder.Decoded meta = TextDecoder.decode(page, null, true);
    assertThat(meta.text()).contains("Ségou, l’été").doesNotContain("Ã");
    assertThat(meta.charset()).isEqualTo(UTF_8);
    TextDecoder.Decoded header = TextDecoder.decode(page, "windows-1252", true);
    assertThat(header.text()).contains("Ségou, l’été");
    byte[] latin = "<meta charset=iso-8859-1><p>Ségou</p>".getBytes(CP1252);
    assertThat(TextDecoder.decode(latin, null, true).charset()).isEqualTo(CP1252);
  }

  @Test
  void metaIsLookedForInTheFirst1024BytesOnly() {
    String late = "<!--" + "x".repeat(1100) + "--><meta charset=windows-1252><p>Ségou</p>";
    byte[] bytes = late.getBytes(CP1252);
    TextDecoder.Decoded d = TextDecoder.decode(bytes, null, true);
    assertThat(d.source()).isEqualTo(TextDecoder.Source.FALLBACK);
    assertThat(d.text()).contains("Ségou");
  }

  @Test
  void validUtf8IsReadAsUtf8() {
    TextDecoder.Decoded d = TextDecoder.decode("« Ouagadougou » ✓".getBytes(UTF_8), null, true);
    assertThat(d.source()).isEqualTo(TextDecoder.Source.UTF8);
    assertThat(d.fellBack()).isFalse();
    assertThat(d.invalidUtf8Offset()).isEqualTo(-1);
  }

  @Test
  void binaryContentIsRecognised() {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    assertThat(TextDecoder.looksBinary(TextDecoder.decode(random, null, false).text())).isTrue();
    assertThat(TextDecoder.looksBinary("PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR")).isTrue();
    assertThat(TextDecoder.looksBinary("\u0001\u0002\u0003\u0004 abc")).isTrue();
    assertThat(TextDecoder.looksBinary("Un texte\tnormal\r\navec des lignes.\f")).isFalse();
    assertThat(TextDecoder.looksBinary("")).isFalse();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
