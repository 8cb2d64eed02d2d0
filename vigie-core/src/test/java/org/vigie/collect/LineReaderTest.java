package org.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void splitsOnNewlinesDroppingCarriageReturns() throws IOException {
    assertThat(lines("un\r\ndeux\n\ntrois", 100))
        .containsExactly("1:un", "2:deux", "3:", "4:trois");
  }

  @Test
  void returnsNothingForEmptyInputAndNoExtraLineAfterAFinalNewline() throws IOException {
    assertThat(lines("", 100)).isEmpty();
    assertThat(lines("seule\n", 100)).containsExactly("1:seule");
  }

  @Test
  void reportsTheLengthOfALineOverTheLimitAndGoesOn() throws IOException {
    String longLine = "x".repeat(200_000);

    assertThat(lines("avant\n" + longLine + "\naprès\n", 10))
        .containsExactly("1:avant", "2:too long (200000 bytes)", "3:après");
  }

  @Test
  void keepsALineExactlyAtTheLimit() throws IOException {
    assertThat(lines("1234567890\n12345678901\n", 10))
        .containsExactly("1:1234567890", "2:too long (11 bytes)");
  }

  private static List<String> lines(String input, int limit) throws IOException {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes), limit)) {
      for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
        lines.add(line.number() + ":" + describe(line));
      }
    }
    return lines;
  }

  private static String describe(LineReader.Line line) {
    return line.tooLong()
        ? "too long (" + line.length() + " bytes)"
        : new String(line.bytes(), StandardCharsets.UTF_8);
  }
}
