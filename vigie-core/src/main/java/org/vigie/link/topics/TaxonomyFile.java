package org.vigie.link.topics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.search.QuerySyntaxException;

/**
 * A taxonomy as a JSON file, the form it is exported, imported and shipped in:
 *
 * <pre>{@code
 * {"format": "vigie-taxonomy", "version": 1,
 *  "topics": [{"id": "coupures-internet", "name": "Coupures d'Internet",
 *              "category": ["Liberté d'expression / coupures d'Internet"],
 *              "query": "«coupure d'Internet» OU «accès à Internet»"}]}
 * }</pre>
 *
 * A bad topic (missing field, malformed id, query that does not parse, id seen twice) is skipped
 * with an error naming the file, its position and the field; the others are read.
 */
public final class TaxonomyFile {
  public static final String FORMAT = "vigie-taxonomy";

  /** The starter taxonomy shipped with Vigie, in French, for French-speaking West Africa. */
  public static final String STARTER_RESOURCE = "/org/vigie/link/topics/starter-taxonomy.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TaxonomyFile() {}

  /** The topics read and the errors of those skipped, counted by cause. */
  public record Read(List<Topic> topics, List<String> errors, Map<String, Integer> errorCauses) {}

  /**
   * Reads a taxonomy file.
   *
   * @throws IllegalArgumentException when the file is not JSON or not a taxonomy (naming it)
   * @throws UncheckedIOException when it cannot be read
   */
  public static Read read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the taxonomy file " + file, e);
    }
  }

  /** The starter taxonomy. */
  public static List<Topic> starter() {
    try (InputStream in = TaxonomyFile.class.getResourceAsStream(STARTER_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + STARTER_RESOURCE);
      }
      Read read = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), STARTER_RESOURCE);
      if (!read.errors().isEmpty()) {
        throw new IllegalStateException("bad starter taxonomy: " + read.errors());
      }
      return read.topics();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a taxonomy from JSON text.
   *
   * @param name the file's name, for errors
   */
  public static Read parse(String json, String name) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          name
              + ": not JSON (line "
              + e.getLocation().getLineNr()
              + "): "
              + e.getOriginalMessage());
    }
    JsonNode list = root == null ? null : root.get("topics");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(name + ": not a taxonomy (no \"topics\" array)");
    }
    List<Topic> topics = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Map<String, Integer> causes = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String where = name + ": topic #" + (i + 1) + " (" + text(node, "id") + ")";
      try {
        Topic topic = topic(node);
        topic.parsedQuery();
        if (!ids.add(topic.id())) {
          throw new IllegalArgumentException("id seen twice: " + topic.id());
        }
        topics.add(topic);
      } catch (QuerySyntaxException e) {
        errors.add(where + ": field 'query': " + e.getMessage());
        causes.merge("query", 1, Integer::sum);
      } catch (IllegalArgumentException e) {
        errors.add(where + ": " + e.getMessage());
        causes.merge("field", 1, Integer::sum);
      }
    }
    return new Read(topics, errors, causes);
  }

  private static Topic topic(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not an object");
    }
    List<String> category = new ArrayList<>();
    JsonNode c = node.get("category");
    if (c != null && c.isArray()) {
      c.forEach(v -> category.add(v.asText()));
    } else if (c != null && c.isTextual()) {
      category.addAll(Topic.parsePath(c.asText()));
    }
    String name = text(node, "name");
    String id = text(node, "id");
    if (id == null && name != null) {
      id = Topic.slug(name);
    }
    return new Topic(id, name, category, text(node, "query"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The JSON text of a taxonomy. */
  public static String toJson(List<Topic> topics) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", 1);
    ArrayNode list = root.putArray("topics");
    for (Topic t : topics) {
      ObjectNode o = list.addObject();
      o.put("id", t.id());
      o.put("name", t.name());
      ArrayNode category = o.putArray("category");
      t.category().forEach(category::add);
      o.put("query", t.query());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a taxonomy file. */
  public static void write(Path file, List<Topic> topics) {
    try {
      Files.writeString(file, toJson(topics), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the taxonomy file " + file, e);
    }
  }
}
