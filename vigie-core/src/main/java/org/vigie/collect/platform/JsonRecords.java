package org.vigie.collect.platform;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.vigie.collect.DocumentSink;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * Reads the elements of a JSON array one at a time with a {@link JsonSkimmer}, parses each on its
 * own and turns it into a post; a bad element is reported with its index, byte offset and line, and
 * the next one is read.
 */
final class JsonRecords {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  /**
   * Makes the post of one parsed element, or {@code null} when it is not one (a service message).
   */
  @FunctionalInterface
  interface PostMaker {
    RawDocument toPost(String origin, JsonNode element) throws BadRecordException;
  }

  private JsonRecords() {}

  /**
   * Reads the array the skimmer is at (an array of anything else is skipped).
   *
   * @param label what an element is called in messages ({@code message}, {@code tweet})
   * @param first the index of the first element, for arrays that continue a count
   * @return the index after the last element
   */
  static int readArray(
      JsonSkimmer json,
      ExportFile file,
      DocumentSink sink,
      String label,
      int first,
      PostMaker maker)
      throws IOException {
    if (json.peekToken() != '[') {
      json.skip();
      return first;
    }
    json.expect('[');
    if (json.peekToken() == ']') {
      json.expect(']');
      return first;
    }
    int index = first;
    do {
      element(json, file, sink, label + " #" + index++, maker);
    } while (json.more(']'));
    return index;
  }

  private static void element(
      JsonSkimmer json, ExportFile file, DocumentSink sink, String label, PostMaker maker)
      throws IOException {
    json.peekToken();
    String origin = file.atOffset(json.offset());
    String where = label + " (line " + json.line() + ")";
    if (!json.capture(file.maxRecordBytes())) {
      String message = where + " is over the limit of " + file.maxRecordBytes() + " bytes";
      sink.reject(IngestError.skipped(origin, ErrorCause.TOO_LARGE, message));
      return;
    }
    try {
      JsonNode node = JSON.readTree(json.value(), 0, json.valueLength());
      RawDocument post = maker.toPost(origin, node);
      if (post != null) {
        sink.accept(post);
      }
    } catch (JacksonException e) {
      String message = where + " is not valid JSON: " + e.getOriginalMessage();
      sink.reject(IngestError.skipped(origin, ErrorCause.MALFORMED_RECORD, message));
    } catch (BadRecordException e) {
      sink.reject(IngestError.skipped(origin, e.errorCause(), where + ": " + e.getMessage()));
    }
  }

  /** A scalar field as trimmed text, or {@code null} when absent, null, blank or a container. */
  static String text(JsonNode node, String field) {
    JsonNode n = node.get(field);
    if (n == null || n.isNull() || n.isContainerNode()) {
      return null;
    }
    String s = n.asText();
    return s.isBlank() ? null : s.strip();
  }

  /** A count field (a number or a numeric string), or {@code null}. */
  static Long count(JsonNode node, String field) throws BadRecordException {
    return Posts.count(field, text(node, field));
  }
}
