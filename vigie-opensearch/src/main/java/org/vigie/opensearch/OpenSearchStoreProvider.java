package org.vigie.opensearch;

import java.nio.file.Path;
import java.util.Map;
import org.vigie.store.DocumentStore;
import org.vigie.store.StoreProvider;

/** Makes {@code --backend opensearch} available to the application through ServiceLoader. */
public final class OpenSearchStoreProvider implements StoreProvider {

  @Override
  public String name() {
    return "opensearch";
  }

  @Override
  public DocumentStore open(Path dataFolder, Map<String, String> options) {
    return OpenSearchStore.open(OpenSearchSettings.fromOptions(options));
  }
}
