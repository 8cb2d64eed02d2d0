package org.vigie.opensearch;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.vigie.store.DocumentStore;
import org.vigie.store.StoreConfigException;
import org.vigie.store.StoreProvider;

/** Makes {@code --backend opensearch} available to the application through ServiceLoader. */
public final class OpenSearchStoreProvider implements StoreProvider {

  @Override
  public String name() {
    return "opensearch";
  }

  @Override
  public DocumentStore open(Path dataFolder, Map<String, String> options) {
    OpenSearchSettings settings = OpenSearchSettings.fromOptions(options);
    try {
      return OpenSearchStore.open(settings);
    } catch (UncheckedIOException e) {
      throw new StoreConfigException(
          "cannot reach the OpenSearch cluster at "
              + OpenSearchConnection.describe(settings.hosts())
              + " (check --hosts): "
              + e.getCause().getMessage(),
          e);
    }
  }
}
