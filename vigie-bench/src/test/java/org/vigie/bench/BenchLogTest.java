package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchLogTest {
  @TempDir Path dir;

  @Test
  void rowsGoAboveTheirMarkerInOrder() throws IOException {
    Path md = dir.resolve("BENCHMARKS.md");
    Files.writeString(md, "## A\n| h |\n|---|\n<!-- rows: a -->\n\n## B\n<!-- rows: b -->\n");
    BenchLog.appendRow(md, "a", "| 1 |");
    BenchLog.appendRow(md, "a", "| 2 |");
    assertThat(Files.readString(md))
        .isEqualTo(
            "## A\n| h |\n|---|\n| 1 |\n| 2 |\n<!-- rows: a -->\n\n## B\n<!-- rows: b -->\n");
  }

  @Test
  void aMissingMarkerIsNamed() throws IOException {
    Path md = dir.resolve("BENCHMARKS.md");
    Files.writeString(md, "## A\n");
    assertThatThrownBy(() -> BenchLog.appendRow(md, "search", "| 1 |"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("<!-- rows: search -->");
  }
}
