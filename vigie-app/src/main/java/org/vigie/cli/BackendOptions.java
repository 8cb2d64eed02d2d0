package org.vigie.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.vigie.store.StoreConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Where the documents are kept: the options every command inherits, over the configuration file
 * ({@code --config FILE}, else {@code <data>/vigie.properties} when it exists). The file's keys are
 * {@code backend} and {@code <backend>.<option>} ({@code opensearch.hosts}, {@code
 * opensearch.index-prefix}, {@code opensearch.username}, {@code opensearch.password}, {@code
 * opensearch.ca-file}, {@code opensearch.truststore}, {@code opensearch.truststore-password},
 * {@code opensearch.shards}, {@code opensearch.replicas}); the command line wins over the file, and
 * {@code VIGIE_OPENSEARCH_PASSWORD} gives the password without writing it anywhere.
 */
final class BackendOptions {
  static final String CONFIG_FILE = "vigie.properties";

  @Option(
      names = "--config",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "Configuration file (default: <data>/vigie.properties when present).")
  Path config;

  @Option(
      names = "--backend",
      scope = ScopeType.INHERIT,
      paramLabel = "embedded|opensearch",
      description = "Where documents are kept (default: embedded, the index in the data folder).")
  String backend;

  @Option(
      names = "--hosts",
      scope = ScopeType.INHERIT,
      paramLabel = "H1:9200,H2:9200",
      description = "OpenSearch nodes (host:port or URLs, comma-separated).")
  String hosts;

  @Option(
      names = "--index-prefix",
      scope = ScopeType.INHERIT,
      paramLabel = "PREFIX",
      description = "Prefix of the OpenSearch index names (default: vigie-).")
  String indexPrefix;

  @Option(
      names = "--username",
      scope = ScopeType.INHERIT,
      paramLabel = "USER",
      description =
          "OpenSearch basic-auth user (password: $VIGIE_OPENSEARCH_PASSWORD or the file).")
  String username;

  @Option(
      names = "--ca-file",
      scope = ScopeType.INHERIT,
      paramLabel = "PEM",
      description = "Certificate authority to trust for https hosts.")
  Path caFile;

  @Option(
      names = "--truststore",
      scope = ScopeType.INHERIT,
      paramLabel = "P12",
      description = "PKCS#12 trust store for https hosts (password in the file).")
  Path trustStore;

  /** Every key of the configuration file of a data folder (none without a file). */
  Map<String, String> settings(Path dataFolder) {
    Properties file =
        read(config != null ? config : dataFolder.resolve(CONFIG_FILE), config != null);
    Map<String, String> all = new HashMap<>();
    for (String key : file.stringPropertyNames()) {
      all.put(key, file.getProperty(key).strip());
    }
    return all;
  }

  /** The backend and its options for a data folder. */
  StoreConfig resolve(Path dataFolder) {
    Properties file =
        read(config != null ? config : dataFolder.resolve(CONFIG_FILE), config != null);
    String name =
        backend != null ? backend : file.getProperty("backend", StoreConfig.EMBEDDED_NAME);
    Map<String, String> options = new HashMap<>();
    String prefix = name + ".";
    for (String key : file.stringPropertyNames()) {
      if (key.startsWith(prefix)) {
        options.put(key.substring(prefix.length()), file.getProperty(key).strip());
      }
    }
    put(options, "hosts", hosts);
    put(options, "index-prefix", indexPrefix);
    put(options, "username", username);
    put(options, "ca-file", caFile == null ? null : caFile.toString());
    put(options, "truststore", trustStore == null ? null : trustStore.toString());
    put(options, "password", System.getenv("VIGIE_OPENSEARCH_PASSWORD"));
    if (StoreConfig.EMBEDDED_NAME.equals(name) && hosts != null) {
      throw new UserException("--hosts needs --backend opensearch");
    }
    return new StoreConfig(name, options);
  }

  private static void put(Map<String, String> options, String key, String value) {
    if (value != null && !value.isBlank()) {
      options.put(key, value);
    }
  }

  private static Properties read(Path file, boolean required) {
    Properties p = new Properties();
    if (!Files.exists(file)) {
      if (required) {
        throw new UserException("the configuration file " + file + " does not exist");
      }
      return p;
    }
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new UserException("cannot read the configuration file " + file + ": " + e.getMessage());
    }
    return p;
  }
}
