package org.vigie.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sib200CorpusTest {
  static final Path MINI = Path.of("src/test/resources/org/vigie/analysis/language/mini-sib");

  @Test
  void readsEveryLanguageFolderLabelledByItsCode() throws IOException {
    List<LabeledText> dev = Sib200Corpus.read(MINI, "dev");
    assertThat(dev).hasSize(8);
    assertThat(dev.stream().map(LabeledText::label).distinct())
        .containsExactly("eng", "fra", "hau", "wol");
    assertThat(dev.get(0).text()).isEqualTo("Pupils will go back to school next week.");
  }

  @Test
  void namesTheFileAndLineOfABadRow(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("wol_Latn"));
    Files.writeString(dir.resolve("wol_Latn/dev.tsv"), "index_id\tcategory\ttext\n1\tnews\n");
    assertThatThrownBy(() -> Sib200Corpus.read(dir, "dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dev.tsv:2");
  }

  @Test
  void saysWhichSplitIsMissing() {
    assertThatThrownBy(() -> Sib200Corpus.read(MINI, "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.tsv");
  }
}
