package org.vigie.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * OpenSearch's snapshot API over Vigie's indices (the documents index and its template's siblings,
 * {@code PREFIX*}): register a shared file-system repository, create a snapshot and wait for it,
 * restore one. The documents of an OpenSearch archive are backed up this way; the catalog and the
 * WARC files with {@code vigie backup} (docs/OPERATIONS.md). The repository's path must be listed
 * in {@code path.repo} on every node and reachable by all of them.
 */
public final class OpenSearchSnapshots implements AutoCloseable {
  private final OpenSearchSettings settings;
  private final OpenSearchConnection connection;

  public OpenSearchSnapshots(OpenSearchSettings settings) {
    this.settings = settings;
    this.connection = new OpenSearchConnection(settings);
  }

  /**
   * What a snapshot ended as.
   *
   * @param name the snapshot
   * @param state {@code SUCCESS}, {@code PARTIAL}, {@code FAILED}…
   * @param shards shards copied
   * @param failed shards that could not be
   */
  public record Snapshot(String name, String state, int shards, int failed) {
    public boolean ok() {
      return "SUCCESS".equals(state) && failed == 0;
    }
  }

  /** Registers (or updates) a file-system repository at {@code location} on the nodes. */
  public void registerRepository(String repository, String location) {
    ObjectNode body = OpenSearchConnection.json().createObjectNode();
    body.put("type", "fs");
    body.putObject("settings").put("location", location);
    connection.ok("PUT", "/_snapshot/" + repository, Map.of(), body);
  }

  /** Snapshots Vigie's indices into the repository and waits for the end. */
  public Snapshot create(String repository, String name) {
    ObjectNode body = OpenSearchConnection.json().createObjectNode();
    body.put("indices", settings.indexPrefix() + "*");
    body.put("include_global_state", false);
    JsonNode reply =
        connection.ok(
            "PUT",
            "/_snapshot/" + repository + "/" + name,
            Map.of("wait_for_completion", "true"),
            body);
    JsonNode s = reply.path("snapshot");
    return new Snapshot(
        name,
        s.path("state").asText(""),
        s.path("shards").path("successful").asInt(),
        s.path("shards").path("failed").asInt());
  }

  /**
   * Restores Vigie's indices from a snapshot and waits for the end; the indices must not exist (a
   * new cluster, or dropped first).
   */
  public void restore(String repository, String name) {
    ObjectNode body = OpenSearchConnection.json().createObjectNode();
    body.put("indices", settings.indexPrefix() + "*");
    body.put("include_global_state", false);
    connection.ok(
        "POST",
        "/_snapshot/" + repository + "/" + name + "/_restore",
        Map.of("wait_for_completion", "true"),
        body);
  }

  @Override
  public void close() {
    connection.close();
  }
}
