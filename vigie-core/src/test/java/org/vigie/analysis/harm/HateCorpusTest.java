package org.vigie.analysis.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HateCorpusTest {
  @Test
  void decodesUtf8RepairsCutSequencesAndFallsBackToWindows1252() {
    byte[] utf8 = "déjà\n".getBytes(StandardCharsets.UTF_8);
    byte[] cut = {'a', ' ', 'd', (byte) 0xc3, '"', ',', '0', '\n'};
    byte[] cp1252 = {'c', 'a', 'f', (byte) 0xe9};
    byte[] all = new byte[utf8.length + cut.length + cp1252.length];
    System.arraycopy(utf8, 0, all, 0, utf8.length);
    System.arraycopy(cut, 0, all, utf8.length, cut.length);
    System.arraycopy(cp1252, 0, all, utf8.length + cut.length, cp1252.length);
    int[] counts = new int[3];
    String text = HateCorpus.decode(all, counts);
    assertThat(text).isEqualTo("déjà\na d\",0\ncafé");
    assertThat(counts).containsExactly(1, 1, 1);
  }

  @Test
  void theSplitIsDeterministicAndKeepsIdenticalTextsTogether() {
    assertThat(HarmSplit.of("@a Les Peuls https://t.co/x")).isEqualTo(HarmSplit.of("@b les peuls"));
    int train = 0;
    for (int i = 0; i < 10_000; i++) {
      train += HarmSplit.of("texte " + i) == HarmSplit.TRAIN ? 1 : 0;
    }
    assertThat(train).isBetween(7_700, 8_300);
  }
}
