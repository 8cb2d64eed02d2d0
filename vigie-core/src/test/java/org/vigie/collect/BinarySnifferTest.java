package org.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BinarySnifferTest {
  private static final String TEXT = "Le président a reçu les délégués à Niamey.\n\tFin.\f";

  @Test
  void takesTextInAnyAsciiCompatibleEncodingForText() {
    assertThat(BinarySniffer.looksBinary(TEXT.getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(BinarySniffer.looksBinary(TEXT.getBytes(StandardCharsets.ISO_8859_1))).isFalse();
    assertThat(BinarySniffer.looksBinary(TEXT.getBytes(Charset.forName("windows-1252")))).isFalse();
  }

  @Test
  void takesUtf16WithAByteOrderMarkForText() {
    assertThat(BinarySniffer.looksBinary(TEXT.getBytes(StandardCharsets.UTF_16))).isFalse();
  }

  @Test
  void takesNulBytesOrManyControlCharactersForBinary() {
    assertThat(BinarySniffer.looksBinary(new byte[] {'a', 'b', 0, 'c'})).isTrue();
    assertThat(BinarySniffer.looksBinary("abc\u0001\u0002\u0003def".getBytes())).isTrue();
    assertThat(BinarySniffer.looksBinary(TEXT.getBytes(StandardCharsets.UTF_16LE))).isTrue();
  }
}
