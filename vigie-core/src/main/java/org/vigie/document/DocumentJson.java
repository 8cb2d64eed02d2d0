package org.vigie.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The stable JSON form of an {@link AnalyzedDocument}: one object, every key always present ({@code
 * null} or an empty list when there is nothing), keys in the record's order. Used by {@code vigie
 * analyze --json}, the REST API and the stored copy in the index.
 *
 * <p>Thread-safe.
 */
public final class DocumentJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private DocumentJson() {}

  /** One line of JSON. */
  public static String write(AnalyzedDocument document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write document " + document.id() + " as JSON", e);
    }
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @throws IllegalArgumentException when the JSON is not a document
   */
  public static AnalyzedDocument read(String json) {
    try {
      return MAPPER.readValue(json, AnalyzedDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a Vigie document: " + e.getOriginalMessage(), e);
    }
  }

  /** The shared mapper, configured for Vigie's JSON (ISO dates, no failure on new keys). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
