package org.vigie.collect.platform;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.vigie.collect.DocumentSink;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/**
 * JSON Lines of posts in any shape, read through a {@link FieldMapping} whose columns are keys,
 * dotted for nested objects ({@code user.screen_name}). One object per line; a line that is not a
 * JSON object, or whose post is bad (no text, a bad date or count), is reported with its line
 * number and skipped. Blank lines are skipped.
 */
public final class JsonlExport implements ExportReader {
  /** The fields whose values are words: a number there is a wrong type, not a text. */
  private static final java.util.Set<String> WORDS = java.util.Set.of("text", "title");

  private final FieldMapping mapping;
  private final String platform;
  private final RecordKind kind;

  /**
   * @param platform the posts' platform when the mapping has no {@code platform} field
   */
  public JsonlExport(FieldMapping mapping, String platform) {
    this(mapping, platform, RecordKind.POST);
  }

  /** Like {@link #JsonlExport(FieldMapping, String)}, each line read as {@code kind}. */
  public JsonlExport(FieldMapping mapping, String platform, RecordKind kind) {
    this.mapping = mapping;
    this.platform = platform == null ? "jsonl" : platform;
    this.kind = kind;
  }

  @Override
  public void read(ExportFile file, DocumentSink sink) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(file.openStream(), StandardCharsets.UTF_8), 64 * 1024)) {
      long number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          line(file, sink, file.atLine(number), number == 1 ? stripBom(line) : line);
        }
      }
    }
  }

  private void line(ExportFile file, DocumentSink sink, String origin, String line) {
    try {
      if (line.length() > file.maxRecordBytes()) {
        throw new BadRecordException(
            ErrorCause.TOO_LARGE, "line over the limit of " + file.maxRecordBytes() + " bytes");
      }
      JsonNode object = JsonRecords.JSON.readTree(line);
      if (!object.isObject()) {
        throw BadRecordException.malformed("expected a JSON object");
      }
      scalarsOnly(object);
      sink.accept(
          MappedPosts.toRecord(kind, file, origin, mapping, platform, key -> value(object, key)));
    } catch (JacksonException e) {
      String message = "invalid JSON: " + e.getOriginalMessage();
      sink.reject(IngestError.skipped(origin, ErrorCause.MALFORMED_RECORD, message));
    } catch (BadRecordException e) {
      sink.reject(IngestError.skipped(origin, e.errorCause(), e.getMessage()));
    }
  }

  /**
   * Refuses a record whose mapped keys hold an object or an array ({@code "text": {…}}), or whose
   * text or title is not a string ({@code "text": 42}): a value of the wrong type is a malformed
   * record, listed as such, never read as an empty field or as a number's digits.
   */
  private void scalarsOnly(JsonNode object) throws BadRecordException {
    for (FieldMapping.Field field : mapping.fields().values()) {
      for (String key : field.columns()) {
        JsonNode node = node(object, key);
        if (node == null || node.isNull()) {
          continue;
        }
        if (WORDS.contains(field.name()) && !node.isTextual()) {
          throw JsonRecords.wrongType(key, node, "a string");
        }
        if (node.isContainerNode()) {
          throw JsonRecords.wrongType(key, node, "a string or a number");
        }
      }
    }
  }

  /** The scalar at {@code key}: a top-level key of that name, else a dotted path. */
  static String value(JsonNode object, String key) {
    JsonNode node = node(object, key);
    return node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()
        ? null
        : node.asText();
  }

  private static JsonNode node(JsonNode object, String key) {
    JsonNode node = object.get(key);
    if (node == null && key.indexOf('.') > 0) {
      node = object;
      for (String part : key.split("\\.")) {
        node = node.path(part);
      }
    }
    return node == null || node.isMissingNode() ? null : node;
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }
}
