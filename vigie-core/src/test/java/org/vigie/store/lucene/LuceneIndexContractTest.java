package org.vigie.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentStoreContract;

/** The backend contract on the embedded index. */
class LuceneIndexContractTest extends DocumentStoreContract {
  @TempDir Path folder;

  @Override
  protected DocumentStore newStore() {
    try {
      return LuceneIndex.open(Files.createTempDirectory(folder, "index"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void dispose(DocumentStore store) {
    store.close();
  }
}
