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

  /**
   * A count field (a number or a numeric string), or {@code null} when absent or null.
   *
   * @throws BadRecordException when it is an object, an array or a boolean
   */
  static Long count(JsonNode node, String field) throws BadRecordException {
    JsonNode n = node.get(field);
    if (n != null && (n.isContainerNode() || n.isBoolean())) {
      throw wrongType(field, n, "a number");
    }
    return Posts.count(field, text(node, field));
  }

  /**
   * A text field as trimmed text, or {@code null} when absent, null or blank.
   *
   * @throws BadRecordException when it is not a string ({@code "text": 42})
   */
  static String string(JsonNode node, String field) throws BadRecordException {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw wrongType(field, n, "a string");
    }
    String s = n.textValue();
    return s.isBlank() ? null : s.strip();
  }

  /**
   * A scalar field (a string or a number) as trimmed text, or {@code null} when absent, null or
   * blank.
   *
   * @throws BadRecordException when it is an object or an array
   */
  static String scalar(JsonNode node, String field) throws BadRecordException {
    JsonNode n = node.get(field);
    if (n != null && n.isContainerNode()) {
      throw wrongType(field, n, "a string or a number");
    }
    return text(node, field);
  }

  /** "'text' is a number, expected a string". */
  static BadRecordException wrongType(String field, JsonNode value, String expected) {
    return BadRecordException.malformed(
        "'" + field + "' is " + describe(value) + ", expected " + expected);
  }

  /** A JSON value's type with its article: "a number", "an object". */
  static String describe(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case BINARY -> "binary data";
      case NULL, MISSING -> "null";
    };
  }
}
