package org.vigie.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.DataFolderBusyException;

class ArchiveTest {
  @TempDir Path folder;

  @Test
  void createsTheIndexAndTheCatalogInOneFolder() {
    try (Archive archive = Archive.open(folder.resolve("data"))) {
      assertThat(archive.store().count()).isZero();
      assertThat(archive.catalog().recentRuns(5)).isEmpty();
    }
    assertThat(folder.resolve("data/index")).isDirectory();
    assertThat(folder.resolve("data/catalog.mv.db")).isRegularFile();
  }

  @Test
  void aSecondOpenOfTheSameFolderIsRefusedWithAClearMessage() {
    try (Archive first = Archive.open(folder)) {
      assertThatThrownBy(() -> Archive.open(folder))
          .isInstanceOf(DataFolderBusyException.class)
          .hasMessageContaining("in use by another Vigie process")
          .hasMessageContaining(folder.toString());
    }
  }
}
