package org.vigie.analysis.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.document.RawDocument;

/**
 * Fuzz tests of the first stage on hostile bytes (docs/FUZZING.md): an HTML page or a plain text
 * file is either extracted or rejected with a {@link DocumentRejectedException} (binary, no text);
 * anything else thrown is a bug. The charset decoder never throws and reads valid UTF-8 back
 * exactly. Seeds: {@code ExtractionFuzzTestInputs/<method>/}; {@code bench/fuzz.sh} fuzzes them.
 */
class ExtractionFuzzTest {
  private static final Instant FETCHED = Instant.parse("2026-01-05T08:00:00Z");
  private static final int MAX_LABEL_BYTES = 64;
  private final ExtractStage stage = new ExtractStage();

  @FuzzTest
  void html(byte[] page) {
    extract(RawDocument.HTML, page);
  }

  @FuzzTest
  void plainText(byte[] text) {
    extract(RawDocument.TEXT, text);
  }

  /**
   * The input is a charset label (as a transport would declare it, possibly empty), a line feed,
   * then the bytes: BOM, label, {@code <meta>} prescan and the UTF-8 check all see hostile input.
   */
  @FuzzTest
  void charset(byte[] input) {
    int newline = indexOf(input, (byte) '\n');
    String label =
        newline < 0 || newline > MAX_LABEL_BYTES
            ? null
            : new String(input, 0, newline, UTF_8).strip();
    byte[] bytes = newline < 0 ? input : Arrays.copyOfRange(input, newline + 1, input.length);
    for (boolean html : new boolean[] {true, false}) {
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes, label, html);
      assertThat(decoded.text()).isNotNull();
      assertThat(decoded.charset()).isNotNull();
      TextDecoder.looksBinary(decoded.text());
      if (decoded.source() == TextDecoder.Source.UTF8) {
        assertThat(decoded.text().getBytes(UTF_8)).isEqualTo(bytes);
      }
    }
  }

  private void extract(String contentType, byte[] content) {
    RawDocument raw =
        new RawDocument(
            "fuzz.html",
            "fuzz",
            "https://www.example.ml/a/1",
            FETCHED,
            contentType,
            null,
            content,
            Map.of());
    DocumentDraft draft = new DocumentDraft(raw);
    try {
      stage.process(draft);
    } catch (DocumentRejectedException expected) {
      return;
    }
    assertThat(draft.document().id("fuzz").build().text()).isNotBlank();
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
