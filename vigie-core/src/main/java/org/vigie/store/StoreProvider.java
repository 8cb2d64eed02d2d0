package org.vigie.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * A document store backend found at run time with {@link java.util.ServiceLoader}, so that core
 * never depends on an optional backend's module: a module declares its provider in {@code
 * META-INF/services/org.vigie.store.StoreProvider} and is put on the class path.
 */
public interface StoreProvider {

  /** The name users give with {@code --backend} ({@code opensearch}). */
  String name();

  /**
   * Opens the store.
   *
   * @param dataFolder the local data folder (the catalog stays there, whatever the backend)
   * @param options the backend's settings, keys without the {@code <name>.} prefix
   * @throws StoreConfigException when a setting is missing or malformed
   */
  DocumentStore open(Path dataFolder, Map<String, String> options);
}
