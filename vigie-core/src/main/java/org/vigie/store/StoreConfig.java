package org.vigie.store;

import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Which backend keeps the documents and its settings: {@link #EMBEDDED} (the Lucene index in the
 * data folder) unless a configuration file or the command line names another one.
 *
 * @param backend {@code embedded} or a {@link StoreProvider}'s name
 * @param options the backend's settings ({@code hosts}, {@code index-prefix}…)
 */
public record StoreConfig(String backend, Map<String, String> options) {
  public static final String EMBEDDED_NAME = "embedded";
  public static final StoreConfig EMBEDDED = new StoreConfig(EMBEDDED_NAME, Map.of());

  public StoreConfig {
    Objects.requireNonNull(backend, "backend");
    options = Map.copyOf(options == null ? Map.of() : options);
  }

  public boolean isEmbedded() {
    return EMBEDDED_NAME.equals(backend);
  }

  /**
   * The provider of this backend on the class path.
   *
   * @throws StoreConfigException when no provider has this name
   */
  public StoreProvider provider() {
    for (StoreProvider p : ServiceLoader.load(StoreProvider.class)) {
      if (p.name().equals(backend)) {
        return p;
      }
    }
    throw new StoreConfigException(
        "unknown backend '" + backend + "' (known: embedded" + knownNames() + ")");
  }

  private static String knownNames() {
    StringBuilder sb = new StringBuilder();
    ServiceLoader.load(StoreProvider.class).forEach(p -> sb.append(", ").append(p.name()));
    return sb.toString();
  }
}
