package org.vigie.opensearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigie.store.StoreConfigException;

/**
 * How to reach the cluster and how the index is laid out.
 *
 * @param hosts the nodes' HTTP addresses ({@code http://h1:9200}); requests go to any live one
 * @param indexPrefix prefix of the index names ({@code vigie-} → {@code vigie-documents})
 * @param username basic-authentication user, or {@code null}
 * @param password basic-authentication password, or {@code null}
 * @param caFile a PEM file of the certificate authority to trust for {@code https}, or {@code null}
 * @param trustStore a PKCS#12 trust store for {@code https}, or {@code null}
 * @param trustStorePassword its password, or {@code null}
 * @param shards primary shards of a new index
 * @param replicas copies of each shard on other nodes (1 survives the loss of one node)
 * @param bulkDocuments documents per bulk request
 */
public record OpenSearchSettings(
    List<URI> hosts,
    String indexPrefix,
    String username,
    String password,
    Path caFile,
    Path trustStore,
    String trustStorePassword,
    int shards,
    int replicas,
    int bulkDocuments) {

  public static final String DEFAULT_PREFIX = "vigie-";

  public OpenSearchSettings {
    hosts = List.copyOf(hosts);
    if (hosts.isEmpty()) {
      throw new StoreConfigException("opensearch: no hosts given (--hosts h1:9200,h2:9200)");
    }
    Objects.requireNonNull(indexPrefix, "indexPrefix");
    if (!indexPrefix.matches("[a-z0-9_.-]*")) {
      throw new StoreConfigException(
          "opensearch: index prefix must be lower-case letters, digits, '-', '_' or '.': "
              + indexPrefix);
    }
    if (shards < 1 || replicas < 0 || bulkDocuments < 1) {
      throw new StoreConfigException(
          "opensearch: need shards >= 1, replicas >= 0, bulk size >= 1: "
              + shards
              + ", "
              + replicas
              + ", "
              + bulkDocuments);
    }
  }

  /** Settings for plain-HTTP hosts with the defaults. */
  public static OpenSearchSettings of(String hosts, String prefix) {
    return fromOptions(Map.of("hosts", hosts, "index-prefix", prefix));
  }

  /**
   * Reads the options of {@code vigie.properties} / the command line: {@code hosts} (comma
   * separated, {@code host:port} or URLs), {@code index-prefix}, {@code username}, {@code
   * password}, {@code ca-file}, {@code truststore}, {@code truststore-password}, {@code shards},
   * {@code replicas}, {@code bulk-size}.
   *
   * @throws StoreConfigException naming the bad option
   */
  public static OpenSearchSettings fromOptions(Map<String, String> options) {
    String hosts = options.get("hosts");
    if (hosts == null || hosts.isBlank()) {
      throw new StoreConfigException(
          "opensearch: no hosts given (--hosts h1:9200,h2:9200 or opensearch.hosts=… in"
              + " vigie.properties)");
    }
    boolean tls = options.containsKey("ca-file") || options.containsKey("truststore");
    return new OpenSearchSettings(
        parseHosts(hosts, tls),
        options.getOrDefault("index-prefix", DEFAULT_PREFIX),
        options.get("username"),
        options.get("password"),
        path(options.get("ca-file")),
        path(options.get("truststore")),
        options.get("truststore-password"),
        integer(options, "shards", 1),
        integer(options, "replicas", 1),
        integer(options, "bulk-size", 500));
  }

  static List<URI> parseHosts(String hosts, boolean tls) {
    List<URI> uris = new ArrayList<>();
    for (String h : hosts.split(",")) {
      String host = h.strip();
      if (host.isEmpty()) {
        continue;
      }
      String url = host.contains("://") ? host : (tls ? "https://" : "http://") + host;
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new StoreConfigException("opensearch: bad host '" + host + "'", e);
      }
      if (uri.getHost() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new StoreConfigException("opensearch: bad host '" + host + "'");
      }
      uris.add(
          uri.getPort() < 0 ? URI.create(uri.getScheme() + "://" + uri.getHost() + ":9200") : uri);
    }
    return uris;
  }

  private static Path path(String value) {
    return value == null || value.isBlank() ? null : Path.of(value);
  }

  private static int integer(Map<String, String> options, String key, int fallback) {
    String v = options.get(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new StoreConfigException("opensearch: " + key + " is not a number: " + v, e);
    }
  }

  /** The index holding the documents. */
  public String documentsIndex() {
    return indexPrefix + "documents";
  }

  /** Settings identical to these but with another prefix (tests, migrations). */
  public OpenSearchSettings withPrefix(String prefix) {
    return new OpenSearchSettings(
        hosts,
        prefix,
        username,
        password,
        caFile,
        trustStore,
        trustStorePassword,
        shards,
        replicas,
        bulkDocuments);
  }

  /** Settings identical to these but with another layout. */
  public OpenSearchSettings withLayout(int shards, int replicas) {
    return new OpenSearchSettings(
        hosts,
        indexPrefix,
        username,
        password,
        caFile,
        trustStore,
        trustStorePassword,
        shards,
        replicas,
        bulkDocuments);
  }

  @Override
  public String toString() {
    return "OpenSearchSettings[hosts="
        + hosts
        + ", indexPrefix="
        + indexPrefix
        + ", username="
        + username
        + ", password="
        + (password == null ? "none" : "***")
        + "]";
  }
}
